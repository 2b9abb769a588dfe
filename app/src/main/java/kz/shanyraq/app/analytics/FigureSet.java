package kz.shanyraq.app.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every figure of the catalogue for one month and one territory (and filter), as published (small cells hidden).
 * Built only by {@link Figures}.
 *
 * @param asOf       the date of the recompute run the run-dated figures come from
 * @param headline   one value per figure that has a single value (families, persons, SMS sent …); a figure the
 *                   filter does not apply to (urban/rural, category on event figures) is absent
 * @param measures   per measure: recipients, money, average amount, coverage
 * @param categories per category 0 (none) … 6: families and share
 */
public record FigureSet(LocalDate month, LocalDate asOf, Map<Figure, Value> headline, List<MeasureRow> measures,
                        List<CategoryRow> categories) {

    public Value get(Figure f) {
        return headline.get(f);
    }

    /** One measure's figures. */
    public record MeasureRow(String measure, Value recipients, Value money, Value average, Value coverage) {
    }

    /** One category's figures. */
    public record CategoryRow(int category, Value families, Value share) {
    }

    /** The value of a figure for a measure or category key (the map and the report pick figures this way). */
    public Value pick(Figure f, String key) {
        switch (f) {
            case RECIPIENTS, MONEY, AVERAGE_AMOUNT, COVERAGE -> {
                for (MeasureRow r : measures) {
                    if (r.measure().equals(key)) {
                        return switch (f) {
                            case RECIPIENTS -> r.recipients();
                            case MONEY -> r.money();
                            case AVERAGE_AMOUNT -> r.average();
                            default -> r.coverage();
                        };
                    }
                }
                return Value.count(0);
            }
            case CATEGORY_SHARE -> {
                for (CategoryRow r : categories) {
                    if (String.valueOf(r.category()).equals(key)) {
                        return r.share();
                    }
                }
                return Value.count(0);
            }
            default -> {
                Value v = headline.get(f);
                return v == null ? new Value(null, false) : v;
            }
        }
    }
}
