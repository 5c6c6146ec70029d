package org.entente.api.contact;

public enum ChannelType {
    PHONE, EMAIL, SECURE_LINE, FAX, OTHER
}
