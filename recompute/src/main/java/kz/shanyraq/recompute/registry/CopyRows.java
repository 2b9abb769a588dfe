package kz.shanyraq.recompute.registry;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Rows of a {@code COPY (query) TO STDOUT (FORMAT binary)}, one at a time. COPY streams a result with less per-row
 * work than a JDBC result set on both sides, and the binary format spares PostgreSQL the formatting of numbers and
 * dates as text and Java their parsing, which is what reading a whole country needs.
 *
 * <p>Only what the registry queries produce is decoded: integers ({@code smallint}, {@code integer}, {@code bigint},
 * told apart by their length), dates, booleans and text ({@code text}, {@code char(n)}). Anything else (e.g.
 * {@code numeric}) must be cast to text in the query.
 */
final class CopyRows implements AutoCloseable {

    /** {@code PGCOPY\n\377\r\n\0}, then 32-bit flags and header-extension length. */
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int HEADER = SIGNATURE.length + 8;
    /** PostgreSQL's dates count days from 2000-01-01; Java's epoch days from 1970-01-01. */
    private static final int POSTGRES_EPOCH_DAY = 10_957;

    private final CopyOut copy;
    private byte[] row;
    private final int[] starts = new int[32];
    private final int[] lengths = new int[32];
    private boolean headerRead;
    private int fields;

    CopyRows(Connection connection, String query) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyOut("copy (" + query + ") to stdout (format binary)");
    }

    boolean next() throws SQLException {
        row = copy.readFromCopy();
        if (row == null) {
            return false;
        }
        int at = 0;
        if (!headerRead) {
            // The header arrives glued to the first row (or to the trailer of an empty result).
            for (int i = 0; i < SIGNATURE.length; i++) {
                if (row.length < HEADER || row[i] != SIGNATURE[i]) {
                    throw new IllegalStateException("not a binary COPY stream");
                }
            }
            at = HEADER + int32(SIGNATURE.length + 4);
            headerRead = true;
            if (at >= row.length) {
                row = copy.readFromCopy();
                at = 0;
                if (row == null) {
                    return false;
                }
            }
        }
        int n = (short) (((row[at] & 0xFF) << 8) | (row[at + 1] & 0xFF));
        if (n < 0) {
            // The trailer: the server ends the COPY after it.
            while (copy.readFromCopy() != null) {
                // drain
            }
            row = null;
            return false;
        }
        at += 2;
        for (int f = 0; f < n; f++) {
            int length = int32(at);
            at += 4;
            starts[f] = at;
            lengths[f] = length;
            if (length > 0) {
                at += length;
            }
        }
        fields = n;
        return true;
    }

    private int int32(int at) {
        return ((row[at] & 0xFF) << 24) | ((row[at + 1] & 0xFF) << 16) | ((row[at + 2] & 0xFF) << 8)
                | (row[at + 3] & 0xFF);
    }

    boolean isNull(int field) {
        return lengths[field] < 0;
    }

    /** An integer column of any width ({@code smallint}, {@code integer}, {@code bigint}). */
    long getLong(int field) {
        int s = starts[field];
        return switch (lengths[field]) {
            case 8 -> ((long) int32(s) << 32) | (int32(s + 4) & 0xFFFFFFFFL);
            case 4 -> int32(s);
            case 2 -> (short) (((row[s] & 0xFF) << 8) | (row[s + 1] & 0xFF));
            default -> throw new IllegalStateException("field " + field + " is not an integer (length "
                    + lengths[field] + ")");
        };
    }

    Long getLongOrNull(int field) {
        return isNull(field) ? null : getLong(field);
    }

    Integer getIntOrNull(int field) {
        return isNull(field) ? null : (int) getLong(field);
    }

    boolean getBoolean(int field) {
        return row[starts[field]] != 0;
    }

    LocalDate getDate(int field) {
        if (isNull(field)) {
            return null;
        }
        if (lengths[field] != 4) {
            throw new IllegalStateException("field " + field + " is not a date");
        }
        return LocalDate.ofEpochDay((long) int32(starts[field]) + POSTGRES_EPOCH_DAY);
    }

    /** A date as its epoch day, {@code Integer.MIN_VALUE} for null. */
    int getDay(int field) {
        if (isNull(field)) {
            return Integer.MIN_VALUE;
        }
        return int32(starts[field]) + POSTGRES_EPOCH_DAY;
    }

    /** The raw bytes of a field (a {@code bytea}): the buffer, from {@link #start}, {@link #length} long. */
    byte[] buffer() {
        return row;
    }

    int start(int field) {
        return starts[field];
    }

    int length(int field) {
        return lengths[field];
    }

    String getString(int field) {
        if (isNull(field)) {
            return null;
        }
        return new String(row, starts[field], lengths[field], StandardCharsets.UTF_8);
    }

    int fields() {
        return fields;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
