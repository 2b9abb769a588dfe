package kz.shanyraq.recompute.labour;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Streams a query's rows out of PostgreSQL with {@code COPY (query) TO STDOUT} (text format) and hands each row to
 * an action as a {@link Line} whose fields are read from the bytes without making strings: the set-based read of the
 * labour facts (one statement per kind of fact, no per-row protocol round trip).
 */
final class CopyRows {

    private CopyRows() {
    }

    @FunctionalInterface
    interface RowAction {
        void apply(Line line) throws SQLException;
    }

    static void each(Connection c, String query, RowAction action) throws SQLException {
        CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout");
        Line line = new Line();
        try {
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                line.set(row);
                action.apply(line);
            }
        } finally {
            if (out.isActive()) {
                out.cancelCopy();
            }
        }
    }

    /** One text-format COPY row: fields separated by tabs, {@code \N} for null, arrays as {a,b}. */
    static final class Line {
        private byte[] b;
        private int[] start = new int[16];
        private int[] end = new int[16];
        private int fields;

        void set(byte[] row) {
            b = row;
            int n = row.length;
            if (n > 0 && row[n - 1] == '\n') {
                n--;
            }
            fields = 0;
            int s = 0;
            for (int i = 0; i <= n; i++) {
                if (i == n || row[i] == '\t') {
                    if (fields == start.length) {
                        start = java.util.Arrays.copyOf(start, fields * 2);
                        end = java.util.Arrays.copyOf(end, fields * 2);
                    }
                    start[fields] = s;
                    end[fields] = i;
                    fields++;
                    s = i + 1;
                }
            }
        }

        boolean isNull(int f) {
            return end[f] - start[f] == 2 && b[start[f]] == '\\' && b[start[f] + 1] == 'N';
        }

        /** A whole number (0 for null). */
        long number(int f) {
            if (isNull(f)) {
                return 0;
            }
            int i = start[f];
            boolean negative = b[i] == '-';
            if (negative) {
                i++;
            }
            long v = 0;
            for (; i < end[f]; i++) {
                byte d = b[i];
                if (d < '0' || d > '9') {
                    throw new IllegalStateException("not a whole number in COPY field " + f + ": " + text(f));
                }
                v = v * 10 + (d - '0');
            }
            return negative ? -v : v;
        }

        int integer(int f) {
            return Math.toIntExact(number(f));
        }

        /** Element k (0-based) of a one-dimensional array of whole numbers written {a,b,c}. */
        long element(int f, int k) {
            int i = start[f] + 1;
            for (int skip = 0; skip < k; skip++) {
                while (b[i] != ',') {
                    i++;
                }
                i++;
            }
            boolean negative = b[i] == '-';
            if (negative) {
                i++;
            }
            long v = 0;
            for (; b[i] >= '0' && b[i] <= '9'; i++) {
                v = v * 10 + (b[i] - '0');
            }
            return negative ? -v : v;
        }

        /** A field of 12 digits (a BIN) as a number, or -1 when it is not 12 digits. */
        long bin(int f) {
            if (end[f] - start[f] != 12) {
                return -1;
            }
            long v = 0;
            for (int i = start[f]; i < end[f]; i++) {
                byte d = b[i];
                if (d < '0' || d > '9') {
                    return -1;
                }
                v = v * 10 + (d - '0');
            }
            return v;
        }

        String text(int f) {
            return isNull(f) ? null : new String(b, start[f], end[f] - start[f], StandardCharsets.UTF_8);
        }
    }
}
