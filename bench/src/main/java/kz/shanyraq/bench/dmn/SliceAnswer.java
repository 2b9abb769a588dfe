package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.batch.Outcome;

import java.util.Arrays;

/**
 * One family's answer for the slice: per measure of {@link SliceMeasures#IDS} an {@link Outcome} code and the sum of
 * the entitled amounts (whole tenge), and the well-being category (1..6, 0 = not determined).
 */
public record SliceAnswer(String familyId, byte[] outcomes, long[] amounts, int category) {

    public String describe(int measure) {
        return Outcome.name(outcomes[measure]) + " " + amounts[measure];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SliceAnswer a && familyId.equals(a.familyId) && Arrays.equals(outcomes, a.outcomes)
                && Arrays.equals(amounts, a.amounts) && category == a.category;
    }

    @Override
    public int hashCode() {
        return familyId.hashCode() * 31 + Arrays.hashCode(amounts);
    }
}
