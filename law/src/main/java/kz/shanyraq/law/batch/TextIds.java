package kz.shanyraq.law.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Ids and IINs as longs: a string of up to 17 digits is stored as its value and its length (so leading zeros of
 * an IIN survive); anything else is kept once (equal texts, one code) in a side list and stored as a negative index. Null is
 * {@link #NONE}.
 */
final class TextIds {

    static final long NONE = Long.MIN_VALUE;

    private final List<String> texts = new ArrayList<>();
    /** Equal texts get equal codes, so that ids compare as longs (a carer's "cares for", livestock owners). */
    private final java.util.Map<String, Long> codes = new java.util.HashMap<>();

    long encode(String s) {
        if (s == null) {
            return NONE;
        }
        int len = s.length();
        if (len > 0 && len <= 17) {
            long v = 0;
            boolean digits = true;
            for (int i = 0; i < len; i++) {
                char ch = s.charAt(i);
                if (ch < '0' || ch > '9') {
                    digits = false;
                    break;
                }
                v = v * 10 + (ch - '0');
            }
            if (digits) {
                return v * 32 + len;
            }
        }
        Long known = codes.get(s);
        if (known != null) {
            return known;
        }
        texts.add(s);
        long code = -texts.size();
        codes.put(s, code);
        return code;
    }

    String decode(long code) {
        if (code == NONE) {
            return null;
        }
        if (code < 0) {
            return texts.get((int) (-code - 1));
        }
        int len = (int) (code % 32);
        String digits = Long.toString(code / 32);
        if (digits.length() >= len) {
            return digits;
        }
        return "0".repeat(len - digits.length()) + digits;
    }
}
