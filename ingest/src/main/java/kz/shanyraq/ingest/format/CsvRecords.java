package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.ImportError.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.FilterReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

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

    static void read(Reader text, RecordFormat format, Errors errors, Consumer<SourceRecord> sink) {
        LineNumbers lines = new LineNumbers(text);
        try (CSVParser parser = CSVParser.parse(lines, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                return;
            }
            CSVRecord headerRecord = it.next();
            String[] header = headerRecord.values();
            if (!header(header, lines.lineAt(headerRecord.getCharacterPosition()), format, errors)) {
                return;
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
                sink.accept(new SourceRecord(line, null, values, Set.of()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            RecordReader.unreadable(errors, 0, "file", e, "CSV");
        }
    }

    /**
     * Physical line numbers (1-based) of character positions, as the text streams by: a record's line is the line of
     * its first character, and a position that falls on line ends (empty lines the parser skipped) moves past them.
     * Keeps only the line ends read ahead of the record being numbered, so its memory is the parser's read-ahead.
     */
    private static final class LineNumbers extends FilterReader {
        /** Positions of line-end characters not yet passed: {@code p} for LF, {@code -p - 1} for CR. */
        private final ArrayDeque<Long> ends = new ArrayDeque<>();
        private long position;
        private int linesPassed;

        LineNumbers(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                note((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = 0; i < n; i++) {
                note(buf[off + i]);
            }
            return n;
        }

        private void note(char c) {
            if (c == '\n') {
                ends.addLast(position);
            } else if (c == '\r') {
                ends.addLast(-position - 1);
            }
            position++;
        }

        /** Asked in increasing positions (records in file order). */
        int lineAt(long at) {
            long p = at;
            while (!ends.isEmpty() && at(ends.peekFirst()) < p) {
                pass(ends.pollFirst());
            }
            while (!ends.isEmpty() && at(ends.peekFirst()) == p) {
                pass(ends.pollFirst());
                p++;
            }
            return linesPassed + 1;
        }

        private static long at(long end) {
            return end >= 0 ? end : -end - 1;
        }

        private void pass(long end) {
            if (end >= 0) {
                linesPassed++;
            }
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
