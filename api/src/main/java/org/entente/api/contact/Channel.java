package org.entente.api.contact;

/** One way to reach a point of contact: a phone number in E.164, an e-mail address, a secure line… */
public record Channel(ChannelType type, String value) {
}
