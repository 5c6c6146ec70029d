package org.entente.api.check;

/** PENDING until the contact's party records an answer in time (ANSWERED) or the answer-by time passes (FAILED). */
public enum CheckStatus {
    PENDING, ANSWERED, FAILED
}
