package kz.shanyraq.recompute.labour;

import kz.shanyraq.law.labour.EnterpriseRisk;
import kz.shanyraq.law.labour.ScoreResult;
import kz.shanyraq.law.labour.ScoringDay;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * An enterprise's explanation as a scoring run keeps it ({@code labour_score.explanation}, V59): per score the
 * hard trigger that held, then each indicator's points and value, packed as zig-zag varints after a format byte.
 * {@link #rebuild} gives back the {@link ScoreResult}s under the run's model version — the same totals, bands,
 * triggers and explanation lines as when the run scored the enterprise.
 */
public final class KeptExplanation {

    static final int FORMAT = 1;

    private KeptExplanation() {
    }

    public static byte[] of(EnterpriseRisk risk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        write(out, risk);
        return out.toByteArray();
    }

    /** Appends the packed explanation to {@code out}. */
    static void write(ByteArrayOutputStream out, EnterpriseRisk risk) {
        out.write(FORMAT);
        List<ScoreResult> scores = risk.scores();
        varint(out, scores.size());
        for (ScoreResult r : scores) {
            varint(out, zigzag(r.trigger().isPresent() ? r.definition().triggers().indexOf(r.trigger().get()) : -1));
            int n = r.definition().indicators().size();
            varint(out, n);
            for (int k = 0; k < n; k++) {
                varint(out, zigzag(r.points(k)));
                varint(out, zigzag(r.value(k)));
            }
        }
    }

    /**
     * The scores kept, rebuilt under the day's model version (the run's version).
     *
     * @throws IllegalArgumentException when the bytes are not a kept explanation of that version
     */
    public static List<ScoreResult> rebuild(ScoringDay day, byte[] kept) {
        int[] at = {0};
        if (kept.length == 0 || kept[0] != FORMAT) {
            throw new IllegalArgumentException("not a kept explanation of format " + FORMAT);
        }
        at[0] = 1;
        int scores = (int) read(kept, at);
        if (scores != day.version().scores().size()) {
            throw new IllegalArgumentException("kept explanation has " + scores + " scores, model version "
                    + day.version().from() + " has " + day.version().scores().size());
        }
        List<ScoreResult> out = new ArrayList<>(scores);
        for (int s = 0; s < scores; s++) {
            int trigger = (int) unzigzag(read(kept, at));
            int n = (int) read(kept, at);
            long[] values = new long[n];
            int[] points = new int[n];
            for (int k = 0; k < n; k++) {
                points[k] = (int) unzigzag(read(kept, at));
                values[k] = unzigzag(read(kept, at));
            }
            out.add(day.restore(s, values, points, trigger));
        }
        if (at[0] != kept.length) {
            throw new IllegalArgumentException("kept explanation has " + (kept.length - at[0]) + " bytes too many");
        }
        return out;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void varint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long read(byte[] b, int[] at) {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (at[0] >= b.length) {
                throw new IllegalArgumentException("kept explanation cut short");
            }
            byte x = b[at[0]++];
            v |= (long) (x & 0x7F) << shift;
            if ((x & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("kept explanation has a number longer than 64 bits");
    }
}
