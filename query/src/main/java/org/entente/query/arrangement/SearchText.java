package org.entente.query.arrangement;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is searched: case and accents do not matter ("Réunion" is found by "reunion"), and a word
 * of the query matches a word of the text that begins with it ("hotl" finds "hotline"). Every word of
 * the query must be found.
 * <p>
 * The index stores, for each word, the word itself and its beginnings from {@value #SHORTEST_PREFIX}
 * to {@value #LONGEST_KEY} letters; a longer query word is looked up by its first
 * {@value #LONGEST_KEY} letters and then checked against the text itself.
 */
public final class SearchText {

    static final int SHORTEST_PREFIX = 3;
    static final int LONGEST_KEY = 12;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The words of a text, folded: lower case, without accents. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /** The index keys under which a text is found. */
    static Set<String> keysOf(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : words(text)) {
            keys.add(keyOf(word));
            for (int length = SHORTEST_PREFIX; length < Math.min(word.length(), LONGEST_KEY); length++) {
                keys.add(word.substring(0, length));
            }
        }
        return keys;
    }

    /** The key a query word is looked up by. */
    static String keyOf(String word) {
        return word.length() > LONGEST_KEY ? word.substring(0, LONGEST_KEY) : word;
    }

    /** Whether every query word begins a word of the text (the check behind a key lookup). */
    static boolean matches(List<String> queryWords, Set<String> textWords) {
        return queryWords.stream().allMatch(q -> textWords.stream().anyMatch(w -> w.startsWith(q)));
    }
}
