package org.entente.api.view;

/** A paper as listed on its arrangement; the papers endpoint has acknowledgements and content. */
public record ArrangementPaper(String id, String fromParty, String title, String version, String supersededBy) {
}
