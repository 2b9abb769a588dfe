package kz.shanyraq.law.batch;

import java.util.Arrays;

/** Growable primitive columns used while a population is built (trimmed to size by {@code build()}). */
final class Columns {

    private Columns() {
    }

    static final class Ints {
        int[] a = new int[16];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        /** Room for {@code capacity} values without growing (a builder that knows its size skips the copies). */
        void reserve(int capacity) {
            if (a.length < capacity) {
                a = Arrays.copyOf(a, capacity);
            }
        }

        int[] trim() {
            return Arrays.copyOf(a, n);
        }
    }

    static final class Longs {
        long[] a = new long[16];
        int n;

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        /** Room for {@code capacity} values without growing (a builder that knows its size skips the copies). */
        void reserve(int capacity) {
            if (a.length < capacity) {
                a = Arrays.copyOf(a, capacity);
            }
        }

        long[] trim() {
            return Arrays.copyOf(a, n);
        }
    }

    static final class Bytes {
        byte[] a = new byte[16];
        int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = (byte) v;
        }

        /** Room for {@code capacity} values without growing (a builder that knows its size skips the copies). */
        void reserve(int capacity) {
            if (a.length < capacity) {
                a = Arrays.copyOf(a, capacity);
            }
        }

        byte[] trim() {
            return Arrays.copyOf(a, n);
        }
    }
}
