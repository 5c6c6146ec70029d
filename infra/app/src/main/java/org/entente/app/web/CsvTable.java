package org.entente.app.web;

import java.util.List;
import java.util.function.Function;

/**
 * How one list answer reads as a spreadsheet: its column names and a row of cells per item. A feature
 * declares one as a bean for each list it offers as {@code text/csv}; {@link CsvMessageConverter} writes it.
 */
public record CsvTable<T>(Class<T> type, List<String> columns, Function<T, List<List<Object>>> rows) {

    public static <T> CsvTable<T> of(Class<T> type, List<String> columns, Function<T, List<List<Object>>> rows) {
        return new CsvTable<>(type, List.copyOf(columns), rows);
    }
}
