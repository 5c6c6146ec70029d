package org.entente.api.arrangement;

/** Where the text of an arrangement can be read: a publication title and, if public, its address. */
public record SourceReference(String title, String url) {
}
