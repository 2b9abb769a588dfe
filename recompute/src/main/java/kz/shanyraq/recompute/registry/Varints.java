package kz.shanyraq.recompute.registry;

import java.util.Arrays;

/**
 * The snapshot's byte encoding (docs/recompute.md, "The family snapshot"): unsigned LEB128 varints, zig-zag for
 * signed values, dates as {@code zigzag(epochDay) + 1} with 0 for none.
 */
final class Varints {

    private Varints() {
    }

    /** A day as written ({@link Writer#day}): 0 for none, else {@code zigzag(epochDay) + 1}. */
    static int day(long written) {
        if (written == 0) {
            return Integer.MIN_VALUE;
        }
        long v = written - 1;
        return (int) ((v >>> 1) ^ -(v & 1));
    }

    /** Bytes of {@code v} as an unsigned varint. */
    static int size(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    /** A growable byte buffer written with varints. */
    static final class Writer {
        byte[] a = new byte[256];
        int n;

        Writer u(long v) {
            if (n + 10 > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + 10));
            }
            while ((v & ~0x7FL) != 0) {
                a[n++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            a[n++] = (byte) v;
            return this;
        }

        Writer s(long v) {
            return u((v << 1) ^ (v >> 63));
        }

        /** An epoch day, or {@code Integer.MIN_VALUE} for none. */
        Writer day(int epochDay) {
            return epochDay == Integer.MIN_VALUE ? u(0) : u(((long) epochDay << 1 ^ (epochDay >> 31)) + 1);
        }

        Writer text(String s) {
            if (s == null) {
                return u(0);
            }
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            u(b.length + 1L);
            bytes(b, 0, b.length);
            return this;
        }

        Writer bytes(byte[] b, int from, int length) {
            if (n + length > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + length));
            }
            System.arraycopy(b, from, a, n, length);
            n += length;
            return this;
        }

        byte[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** Reads what a {@link Writer} wrote. */
    static final class Reader {
        private byte[] a;
        private int at;
        private int end;

        Reader reset(byte[] bytes, int from, int length) {
            a = bytes;
            at = from;
            end = from + length;
            return this;
        }

        long u() {
            // most values of a row (counts, kinds, lengths, month steps) take one byte
            int i = at;
            if (i < end) {
                byte b = a[i];
                if (b >= 0) {
                    at = i + 1;
                    return b;
                }
            }
            return longer();
        }

        /** The next {@code n} values of the row into {@code into}. */
        void row(long[] into, int n) {
            for (int k = 0; k < n; k++) {
                into[k] = u();
            }
        }

        private long longer() {
            final byte[] a = this.a;
            int i = at;
            if (end - i >= 10) {
                // the longest varint fits before the end: no end check per byte (days and person ids take three or
                // four bytes)
                long v = 0;
                for (int shift = 0; shift < 63; shift += 7) {
                    long b = a[i++];
                    if (b >= 0) {
                        at = i;
                        return v | b << shift;
                    }
                    v |= (b & 0x7F) << shift;
                }
                at = i + 1;
                return v | (a[i] & 1L) << 63;
            }
            long v = 0;
            int shift = 0;
            while (true) {
                if (i >= end) {
                    throw new IllegalStateException("family snapshot: truncated value");
                }
                byte b = a[i++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    at = i;
                    return v;
                }
                shift += 7;
            }
        }

        int i() {
            return (int) u();
        }

        long s() {
            long v = u();
            return (v >>> 1) ^ -(v & 1);
        }

        int day() {
            return Varints.day(u());
        }

        String text() {
            int len = i();
            if (len == 0) {
                return null;
            }
            String s = new String(a, at, len - 1, java.nio.charset.StandardCharsets.UTF_8);
            at += len - 1;
            return s;
        }

        int position() {
            return at;
        }

        Reader seek(int position) {
            at = position;
            return this;
        }

        /** Passes over {@code length} bytes (a section, a person block) without reading them. */
        void skip(long length) {
            if (length < 0 || length > end - at) {
                throw new IllegalStateException("family snapshot: a length of " + length + " runs past the row");
            }
            at += (int) length;
        }

        int next() {
            return a[at++] & 0xFF;
        }

        boolean atEnd() {
            return at >= end;
        }
    }
}
