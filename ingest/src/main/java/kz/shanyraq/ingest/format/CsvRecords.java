package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.ImportError.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV: RFC 4180 (comma, double quotes, CRLF or LF), a header row naming the columns in any order, empty lines
 * skipped, spaces around values ignored, an empty cell = no value.
 */
final class CsvRecords {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CsvRecords() {
    }

    static List<SourceRecord> read(String text, RecordFormat format, Errors errors) {
        List<SourceRecord> records = new ArrayList<>();
        LineNumbers lines = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return records;
            }
            CSVRecord headerRecord = it.next();
            String[] header = headerRecord.values();
            if (!header(header, lines.lineAt(headerRecord.getCharacterPosition()), format, errors)) {
                return records;
            }
            while (it.hasNext()) {
                CSVRecord r = it.next();
                int line = lines.lineAt(r.getCharacterPosition());
                if (r.size() != header.length) {
                    errors.add(line, "record", Problem.of(Reason.MALFORMED_FILE,
                            "в строке " + r.size() + " значений, в заголовке " + header.length,
                            "жолда " + r.size() + " мән, тақырыпта " + header.length,
                            "the line has " + r.size() + " values, the header " + header.length));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    String v = r.get(i);
                    if (!v.isEmpty()) {
                        values.put(header[i], v);
                    }
                }
                records.add(new SourceRecord(line, null, values, Set.of()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            errors.add(0, "file", Problem.of(Reason.MALFORMED_FILE, "CSV не читается: " + detail, "CSV оқылмайды: " + detail,
                    "unreadable CSV: " + detail));
        }
        return records;
    }

    /** Physical line numbers (1-based) of character positions; a record's position may fall on skipped empty lines. */
    private static final class LineNumbers {
        private final String text;
        private final int[] lineStarts;

        LineNumbers(String text) {
            this.text = text;
            int[] starts = new int[16];
            int n = 0;
            starts[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            this.lineStarts = Arrays.copyOf(starts, n);
        }

        int lineAt(long position) {
            int p = (int) position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
            int i = Arrays.binarySearch(lineStarts, p);
            return i >= 0 ? i + 1 : -i - 1;
        }
    }

    private static boolean header(String[] header, int line, RecordFormat format, Errors errors) {
        boolean ok = true;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            header[i] = header[i].trim();
            String name = header[i];
            if (!format.has(name)) {
                errors.add(line, name.isEmpty() ? "column " + (i + 1) : name, Messages.unknownField());
                ok = false;
            } else if (seen.contains(name)) {
                errors.add(line, name, Problem.of(Reason.MALFORMED_FILE, "столбец повторяется", "баған қайталанады",
                        "the column appears twice"));
                ok = false;
            }
            seen.add(name);
        }
        for (Field f : format.fields()) {
            if (f.required() && !seen.contains(f.name())) {
                errors.add(line, f.name(), Messages.missingColumn());
                ok = false;
            }
        }
        return ok;
    }
}
