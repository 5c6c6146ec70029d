package org.entente.app.web;

/**
 * What text the registry records: valid Unicode without control characters other than tab, line feed and
 * carriage return. A lone UTF-16 surrogate has no UTF-8 form: stored, it would turn into a replacement character
 * and no longer match what its hash was computed over. NUL and the other C0 and C1 controls (and DEL) carry no
 * meaning a person can read, and NUL in particular is cut off by some of the tools an auditor reads exports with.
 */
public final class RegistryText {

    private RegistryText() {
    }

    /** @return what is wrong with the text, as told to a client, or null if nothing is */
    public static String problemWith(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode text: it holds an unpaired UTF-16 surrogate";
            } else if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return "must not hold control characters (U+" + String.format("%04X", (int) c)
                        + "); only tab, line feed and carriage return are allowed";
            }
        }
        return null;
    }
}
