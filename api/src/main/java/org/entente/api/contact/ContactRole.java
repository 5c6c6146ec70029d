package org.entente.api.contact;

public enum ContactRole {
    POLICY, TECHNICAL, HOTLINE_24_7, MILITARY
}
