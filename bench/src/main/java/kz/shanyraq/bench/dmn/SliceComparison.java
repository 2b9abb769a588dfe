package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The correctness gate before any timing: every family gets its slice answer from both engines on a day, and each
 * difference is listed with the family id, the measure (or the category) and both values.
 */
public final class SliceComparison {

    /** What the comparison saw: families compared, entitlements found (so it is not vacuous), differences. */
    public record Report(LocalDate on, int families, int entitled, int[] categories, List<String> differences) {
    }

    private final ParameterBook book;
    private final DmnSlice dmn;

    public SliceComparison(ParameterBook book, DmnSlice dmn) {
        this.book = book;
        this.dmn = dmn;
    }

    public Report compare(List<Family> families, LocalDate on) {
        LawSlice law = new LawSlice(book);
        Map<String, Object> parameters = SliceParameters.of(book, on);
        SliceFacts facts = new SliceFacts(book, on);
        List<String> differences = new ArrayList<>();
        int entitled = 0;
        int[] categories = new int[7];
        for (Family family : families) {
            SliceAnswer expected = law.evaluate(family, on);
            SliceAnswer actual;
            try {
                actual = dmn.evaluate(parameters, facts.of(family));
            } catch (RuntimeException e) {
                differences.add("family " + family.id() + ": DMN failed: " + e.getMessage());
                continue;
            }
            categories[expected.category()]++;
            for (int k = 0; k < SliceMeasures.IDS.size(); k++) {
                if (expected.outcomes()[k] == Outcome.ENTITLED) {
                    entitled++;
                }
                if (expected.outcomes()[k] != actual.outcomes()[k] || expected.amounts()[k] != actual.amounts()[k]) {
                    differences.add("family " + family.id() + " " + SliceMeasures.IDS.get(k) + ": law "
                            + expected.describe(k) + ", DMN " + actual.describe(k));
                }
            }
            if (expected.category() != actual.category()) {
                differences.add("family " + family.id() + " category: law " + expected.category() + ", DMN "
                        + actual.category());
            }
        }
        return new Report(on, families.size(), entitled, categories, differences);
    }
}
