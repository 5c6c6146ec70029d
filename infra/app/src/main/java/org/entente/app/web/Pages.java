package org.entente.app.web;

import org.entente.app.EntenteProperties;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Every list the API answers is a page, no larger than {@code entente.http.max-page-size}, so that no request
 * makes the registry send an answer without bound. Pages count from 0; {@code total} counts every item.
 */
@Component
public class Pages {

    /** The page size of a list whose request names none, where the list was once answered whole. */
    public static final String DEFAULT_SIZE = "100";

    private final int maxSize;

    Pages(EntenteProperties properties) {
        this.maxSize = properties.http().maxPageSize();
    }

    /** Refuses a page larger than the registry answers, naming the {@code size} parameter. */
    public void requireSize(int size) {
        if (size > maxSize) {
            throw new InvalidParameter("size", "must be at most " + maxSize);
        }
    }

    /** The page of an ordered list. */
    public <T> Page<T> of(List<T> all, int page, int size) {
        requireSize(size);
        return new Page<>(all.stream().skip((long) page * size).limit(size).toList(), page, size, all.size());
    }

    /** A page of a list, in the shape every paged list of the API has. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
