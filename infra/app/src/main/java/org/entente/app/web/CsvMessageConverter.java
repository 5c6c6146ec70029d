package org.entente.app.web;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists as {@code text/csv} (RFC 4180, UTF-8, a header row), for a diplomat to open in a spreadsheet.
 * A list of several values is one cell joined with "; ". Text written by other parties' registrars
 * reaches the spreadsheet of this one, so a cell that a spreadsheet would take for a formula gets a
 * leading apostrophe and is shown as text.
 */
public final class CsvMessageConverter extends AbstractHttpMessageConverter<Object> {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Map<Class<?>, CsvTable<?>> tables;

    public CsvMessageConverter(Collection<CsvTable<?>> tables) {
        super(StandardCharsets.UTF_8, TEXT_CSV);
        this.tables = tables.stream().collect(Collectors.toUnmodifiableMap(CsvTable::type, Function.identity()));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return tables.containsKey(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("CSV is written, not read", input);
    }

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        CsvTable<?> table = tables.get(answer.getClass());
        output.getHeaders().setContentDisposition(ContentDisposition.inline().build());
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get().print(writer)) {
            for (List<Object> row : rowsOf(table, answer)) {
                printer.printRecord(row.stream().map(CsvMessageConverter::cell).toList());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<List<Object>> rowsOf(CsvTable<T> table, Object answer) {
        return table.rows().apply((T) answer);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> values
                ? values.stream().map(CsvMessageConverter::cell).collect(Collectors.joining("; "))
                : value instanceof TemporalAccessor || value instanceof Enum<?> ? value.toString() : String.valueOf(value);
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !(value instanceof Number) ? "'" + text : text;
    }
}
