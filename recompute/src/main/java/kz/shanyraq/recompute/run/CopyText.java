package kz.shanyraq.recompute.run;

import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format, written straight as ASCII bytes: a run writes ≈ 6 M result rows, and
 * going through a {@code StringBuilder}, a {@code String} and its encoding copied every row three times.
 */
final class CopyText {

    private byte[] a;
    private int n;

    CopyText(int capacity) {
        a = new byte[capacity];
    }

    CopyText number(long v) {
        room(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return code("-9223372036854775808");
            }
            a[n++] = '-';
            v = -v;
        }
        int start = n;
        do {
            a[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        for (int i = start, j = n - 1; i < j; i++, j--) {
            byte t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return this;
    }

    /**
     * A registry code (KZ-59, KZ-59-01, A–E) or null. Codes never hold tabs, newlines or backslashes: one that does is
     * refused loudly rather than escaped. Codes are ASCII; any other text goes in UTF-8.
     */
    CopyText code(String s) {
        if (s == null) {
            return nul();
        }
        int len = s.length();
        room(len);
        int start = n;
        for (int i = 0; i < len; i++) {
            char ch = s.charAt(i);
            if (ch == '\t' || ch == '\n' || ch == '\r' || ch == '\\') {
                n = start;
                throw new IllegalStateException("unexpected character in registry code '" + s + "'");
            }
            if (ch > 127) {
                n = start;
                byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                room(utf8.length);
                System.arraycopy(utf8, 0, a, n, utf8.length);
                n += utf8.length;
                return this;
            }
            a[n++] = (byte) ch;
        }
        return this;
    }

    CopyText nul() {
        room(2);
        a[n++] = '\\';
        a[n++] = 'N';
        return this;
    }

    CopyText ch(char c) {
        room(1);
        a[n++] = (byte) c;
        return this;
    }

    CopyText tab() {
        return ch('\t');
    }

    CopyText end() {
        return ch('\n');
    }

    /** An array literal: {@code {1,2,3}}. */
    CopyText array(short[] values) {
        ch('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                ch(',');
            }
            number(values[i]);
        }
        return ch('}');
    }

    CopyText array(long[] values) {
        ch('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                ch(',');
            }
            number(values[i]);
        }
        return ch('}');
    }

    int length() {
        return n;
    }

    /** The bytes written since the last call, and a fresh start. */
    byte[] take() {
        byte[] out = Arrays.copyOf(a, n);
        n = 0;
        return out;
    }

    /**
     * The rows of COPY text as this class writes them ({@code columns} fields a row; {@code \N}: null). Codes are
     * never escaped (see {@link #code}), so a field is the text between tabs.
     */
    static java.util.List<String[]> rows(byte[] text, int columns) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        String all = new String(text, java.nio.charset.StandardCharsets.UTF_8);
        int at = 0;
        while (at < all.length()) {
            int end = all.indexOf('\n', at);
            String[] f = all.substring(at, end).split("\t", -1);
            if (f.length != columns) {
                throw new IllegalStateException("a COPY row of " + f.length + " fields, expected " + columns);
            }
            for (int i = 0; i < f.length; i++) {
                if (f[i].equals("\\N")) {
                    f[i] = null;
                }
            }
            out.add(f);
            at = end + 1;
        }
        return out;
    }

    private void room(int bytes) {
        if (n + bytes > a.length) {
            a = Arrays.copyOf(a, Math.max(a.length * 2, n + bytes));
        }
    }
}
