package org.entente.archfixture;

/** A command nobody marked as a command. */
public record UnmarkedCommand(String id) {
}
