package org.entente.query.arrangement;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Search over what an arrangement says: its title, its source and the text of its commitments. The
 * keys are kept per arrangement so that a search reads a few key documents by id instead of every
 * arrangement.
 */
public final class ArrangementSearch implements ArrangementIndex {

    private final SearchTokens tokens;

    public ArrangementSearch(SearchTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void update(ArrangementDocument before, ArrangementDocument after) {
        Set<String> old = before == null ? Set.of() : SearchText.keysOf(searchableText(before));
        Set<String> now = SearchText.keysOf(searchableText(after));
        Set<String> added = new LinkedHashSet<>(now);
        added.removeAll(old);
        Set<String> removed = new LinkedHashSet<>(old);
        removed.removeAll(now);
        if (!added.isEmpty() || !removed.isEmpty()) {
            tokens.change(after.id(), added, removed);
        }
    }

    @Override
    public void clear() {
        tokens.deleteAll();
    }

    /** The arrangements that may match: every query word's key is there. Null when the text has no word at all. */
    Set<String> candidates(String text) {
        List<String> words = SearchText.words(text);
        if (words.isEmpty()) {
            return null;
        }
        return tokens.arrangementsWithAll(words.stream().map(SearchText::keyOf).distinct().toList());
    }

    /** Whether the document really holds every word of the text, beyond the key it was found by. */
    static boolean matches(ArrangementDocument document, String text) {
        return SearchText.matches(SearchText.words(text), new HashSet<>(SearchText.words(searchableText(document))));
    }

    static String searchableText(ArrangementDocument document) {
        StringBuilder text = new StringBuilder(document.title());
        if (document.source() != null) {
            text.append(' ').append(document.source().title());
        }
        document.commitments().forEach(c -> text.append(' ').append(c.text()));
        return text.toString();
    }
}
