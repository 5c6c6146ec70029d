package org.entente.app.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What a value of a type must look like, in a client's words rather than Java's. */
final class ExpectedValues {

    private ExpectedValues() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "cannot be read";
        }
        if (type.isEnum()) {
            return oneOf(type);
        }
        if (type == LocalDate.class) {
            return IsoTime.DATE_FORM;
        }
        if (type == Instant.class) {
            return IsoTime.INSTANT_FORM;
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be text";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "cannot be read";
    }

    static String oneOf(Class<?> enumType) {
        return "must be one of " + Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }
}
