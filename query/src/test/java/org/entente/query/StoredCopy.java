package org.entente.query;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A copy of a read-model document that shares nothing changeable with it, as a store that serialises
 * documents hands them back. In-memory stores keep and answer such copies, so that a projection that
 * changes a document without saving it fails in tests as it would on the real store.
 * <p>
 * Documents are copied field by field through the constructor their mapper uses; records, enums, text,
 * numbers and dates are values and are shared.
 */
public final class StoredCopy {

    private StoredCopy() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(T document) {
        return (T) copy(document);
    }

    private static Object copy(Object value) {
        if (value == null || isValue(value.getClass())) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        if (value instanceof Set<?> set) {
            Set<Object> copy = new LinkedHashSet<>();
            set.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, copy(element)));
            return copy;
        }
        return copyFields(value);
    }

    private static boolean isValue(Class<?> type) {
        return type.isRecord() || type.isEnum() || type.isPrimitive() || type == String.class || type == Boolean.class
                || type == Character.class || Number.class.isAssignableFrom(type) || type.getPackageName().equals("java.time");
    }

    private static Object copyFields(Object document) {
        Class<?> type = document.getClass();
        if (!type.getPackageName().startsWith("org.entente.")) {
            throw new IllegalArgumentException("Cannot tell how to copy a " + type.getName() + " held by a document");
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object copy = constructor.newInstance();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(copy, copy(field.get(document)));
                }
            }
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy a " + type.getName(), e);
        }
    }
}
