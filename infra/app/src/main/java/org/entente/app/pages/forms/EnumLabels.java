package org.entente.app.pages.forms;

import java.util.Locale;

/**
 * The words a page shows for a value of the API's enumerations: {@code WORKING_GROUP_MANDATE} reads
 * "Working group mandate". The value itself stays what a form sends, so the API's words are not translated
 * back.
 */
public final class EnumLabels {

    public static final EnumLabels INSTANCE = new EnumLabels();

    private EnumLabels() {
    }

    public String of(Object value) {
        if (value == null) {
            return "";
        }
        String words = value.toString().replace("_24_7", " 24/7").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
