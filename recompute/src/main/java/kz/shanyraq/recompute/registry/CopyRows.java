package kz.shanyraq.recompute.registry;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Rows of a {@code COPY (query) TO STDOUT} in PostgreSQL's text format, one at a time. COPY streams a result with
 * less per-row work than a JDBC result set on both sides, which is what reading a whole country needs.
 *
 * <p>Only what the registry queries produce is decoded: numbers, dates ({@code YYYY-MM-DD}), booleans, and text
 * codes; {@code \N} is NULL and backslash escapes are undone in text.
 */
final class CopyRows implements AutoCloseable {

    private final CopyOut copy;
    private byte[] row;
    private final int[] starts = new int[32];
    private final int[] ends = new int[32];
    private int fields;

    CopyRows(Connection connection, String query) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (" + query + ") to stdout");
    }

    boolean next() throws SQLException {
        row = copy.readFromCopy();
        if (row == null) {
            return false;
        }
        int n = 0;
        int start = 0;
        int end = row.length;
        if (end > 0 && row[end - 1] == '\n') {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (row[i] == '\t') {
                starts[n] = start;
                ends[n++] = i;
                start = i + 1;
            }
        }
        starts[n] = start;
        ends[n++] = end;
        fields = n;
        return true;
    }

    boolean isNull(int field) {
        int s = starts[field];
        return ends[field] - s == 2 && row[s] == '\\' && row[s + 1] == 'N';
    }

    long getLong(int field) {
        int i = starts[field];
        int end = ends[field];
        boolean negative = row[i] == '-';
        if (negative) {
            i++;
        }
        long v = 0;
        for (; i < end; i++) {
            v = v * 10 + (row[i] - '0');
        }
        return negative ? -v : v;
    }

    Long getLongOrNull(int field) {
        return isNull(field) ? null : getLong(field);
    }

    Integer getIntOrNull(int field) {
        return isNull(field) ? null : (int) getLong(field);
    }

    boolean getBoolean(int field) {
        return row[starts[field]] == 't';
    }

    LocalDate getDate(int field) {
        if (isNull(field)) {
            return null;
        }
        int s = starts[field];
        return LocalDate.of(digits(s, 4), digits(s + 5, 2), digits(s + 8, 2));
    }

    String getString(int field) {
        if (isNull(field)) {
            return null;
        }
        int s = starts[field];
        int e = ends[field];
        for (int i = s; i < e; i++) {
            if (row[i] == '\\') {
                return unescape(s, e);
            }
        }
        return new String(row, s, e - s, StandardCharsets.UTF_8);
    }

    int fields() {
        return fields;
    }

    private int digits(int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (row[i] - '0');
        }
        return v;
    }

    private String unescape(int s, int e) {
        byte[] out = new byte[e - s];
        int n = 0;
        for (int i = s; i < e; i++) {
            byte b = row[i];
            if (b == '\\' && i + 1 < e) {
                byte c = row[++i];
                out[n++] = switch (c) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'v' -> 11;
                    default -> c;
                };
            } else {
                out[n++] = b;
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
