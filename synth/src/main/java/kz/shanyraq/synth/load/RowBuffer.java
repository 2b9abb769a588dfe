package kz.shanyraq.synth.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows of one table in PostgreSQL's binary COPY format (without the file header and trailer, which the stream
 * adds): a field count per row, then each field as a length and its bytes in network order. Binary COPY spares
 * the server the parsing of numbers and dates, which is most of the cost of a text COPY.
 */
public final class RowBuffer {

    /** Days from 1970-01-01 (Java's epoch day) to 2000-01-01 (PostgreSQL's date epoch). */
    private static final int PG_EPOCH = 10_957;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int length;
    private long rows;

    public RowBuffer(int capacity) {
        bytes = new byte[Math.max(64, capacity)];
    }

    public RowBuffer row(int fields) {
        ensure(2);
        put16(fields);
        rows++;
        return this;
    }

    public RowBuffer int8(long v) {
        ensure(12);
        put32(8);
        LONG.set(bytes, length, v);
        length += 8;
        return this;
    }

    public RowBuffer int4(int v) {
        ensure(8);
        put32(4);
        put32(v);
        return this;
    }

    public RowBuffer int2(int v) {
        ensure(6);
        put32(2);
        put16(v);
        return this;
    }

    public RowBuffer bool(boolean v) {
        ensure(5);
        put32(1);
        bytes[length++] = (byte) (v ? 1 : 0);
        return this;
    }

    public RowBuffer date(LocalDate day) {
        if (day == null) {
            return nul();
        }
        return int4((int) (day.toEpochDay() - PG_EPOCH));
    }

    /** A date already given as PostgreSQL's day number (see {@link #pgDay}), for dates written millions of times. */
    public RowBuffer pgDate(int pgDay) {
        return int4(pgDay);
    }

    /** PostgreSQL's day number of a date: days since 2000-01-01. */
    public static int pgDay(LocalDate day) {
        return (int) (day.toEpochDay() - PG_EPOCH);
    }

    /** A text, char(n) or varchar value; the codes written here are ASCII, names may be UTF-8. */
    public RowBuffer text(String s) {
        if (s == null) {
            return nul();
        }
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            ensure(4 + utf8.length);
            put32(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
            return this;
        }
        ensure(4 + n);
        put32(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    /**
     * A code, IIN or other value known to be ASCII (all the generator writes): copied without a check per
     * character.
     */
    @SuppressWarnings("deprecation")
    public RowBuffer code(String s) {
        if (s == null) {
            return nul();
        }
        int n = s.length();
        ensure(4 + n);
        put32(n);
        // String.getBytes(int, int, byte[], int) copies the low byte of each char: exact for ASCII.
        s.getBytes(0, n, bytes, length);
        length += n;
        return this;
    }

    /** Empties the buffer for the next chunk, keeping its memory. */
    public void clear() {
        length = 0;
        rows = 0;
    }

    public RowBuffer nul() {
        ensure(4);
        put32(-1);
        return this;
    }

    /** The element {@link #int8Array} writes as NULL. */
    public static final long NULL_INT8 = Long.MIN_VALUE;

    /**
     * A one-dimensional {@code bigint[]} with lower bound 1, as PostgreSQL's {@code array_recv} reads it: dimensions,
     * a has-nulls flag, the element type (int8, OID 20), then each element as a length (-1: NULL) and its bytes.
     * Elements equal to {@link #NULL_INT8} are NULL.
     */
    public RowBuffer int8Array(long[] values) {
        int nulls = 0;
        for (long v : values) {
            if (v == NULL_INT8) {
                nulls++;
            }
        }
        int size = 20 + 4 * values.length + 8 * (values.length - nulls);
        ensure(4 + size);
        put32(size);
        put32(1);
        put32(nulls > 0 ? 1 : 0);
        put32(20);
        put32(values.length);
        put32(1);
        for (long v : values) {
            if (v == NULL_INT8) {
                put32(-1);
            } else {
                put32(8);
                LONG.set(bytes, length, v);
                length += 8;
            }
        }
        return this;
    }

    public RowBuffer int8OrNull(long v, boolean present) {
        return present ? int8(v) : nul();
    }

    /**
     * A non-negative numeric given as an unscaled integer and its scale (≤ 4): base-10000 digits, weight, sign
     * and display scale, as PostgreSQL's {@code numeric_recv} reads them.
     */
    public RowBuffer numeric(long unscaled, int scale) {
        if (unscaled < 0 || scale < 0 || scale > 4) {
            throw new IllegalArgumentException("numeric " + unscaled + " scale " + scale);
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        long integer = unscaled / pow;
        long fraction = (unscaled % pow) * (10_000 / pow);
        short[] groups = new short[6];
        int n = 0;
        long rest = integer;
        short[] reversed = new short[5];
        int intGroups = 0;
        while (rest > 0) {
            reversed[intGroups++] = (short) (rest % 10_000);
            rest /= 10_000;
        }
        for (int i = intGroups - 1; i >= 0; i--) {
            groups[n++] = reversed[i];
        }
        if (fraction > 0) {
            groups[n++] = (short) fraction;
        }
        int weight = intGroups - 1;
        if (n == 0) {
            weight = 0;
        }
        ensure(4 + 8 + 2 * n);
        put32(8 + 2 * n);
        put16(n);
        put16(weight);
        put16(0);
        put16(scale);
        for (int i = 0; i < n; i++) {
            put16(groups[i]);
        }
        return this;
    }

    public long rows() {
        return rows;
    }

    public int length() {
        return length;
    }

    public byte[] bytes() {
        return bytes;
    }

    /** Appends a row written elsewhere (used by the test hook that injects an invalid row). */
    public void append(RowBuffer other) {
        ensure(other.length);
        System.arraycopy(other.bytes, 0, bytes, length, other.length);
        length += other.length;
        rows += other.rows;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private void put32(int v) {
        INT.set(bytes, length, v);
        length += 4;
    }

    private void put16(int v) {
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
    }
}
