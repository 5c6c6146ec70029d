package org.entente.api.arrangement;

public enum Instrument {
    JOINT_STATEMENT, MEMORANDUM_OF_UNDERSTANDING, AGREEMENT, WORKING_GROUP_MANDATE, OTHER
}
