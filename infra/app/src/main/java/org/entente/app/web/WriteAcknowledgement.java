package org.entente.app.web;

/** The answer to every write: the id written and the aggregate's version after the write. */
public record WriteAcknowledgement(String id, long version) {
}
