package org.entente.archfixture;

/** A query message not named as one. */
public record MisnamedQuestion(String id) {
}
