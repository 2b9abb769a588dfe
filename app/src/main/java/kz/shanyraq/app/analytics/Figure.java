package kz.shanyraq.app.analytics;

import java.util.List;

/**
 * The figures catalogue: one definition per figure. The definition itself (in Russian, Kazakh and English) is the
 * message {@code analytics.figure.<id>.definition}; the source tables and the date rule are here. Every dashboard,
 * map, report and API answer computes a figure through {@link Figures}, never with a query of its own.
 */
public enum Figure {
    FAMILIES("families", "families", List.of("recompute_result_<run>", "family_address"), Dated.RUN),
    PERSONS("persons", "persons", List.of("recompute_result_<run>"), Dated.RUN),
    RECIPIENTS("recipients", "families", List.of("recompute_result_<run>", "recompute_run.measures"), Dated.RUN),
    MONEY("money", "tenge", List.of("recompute_result_<run>", "recompute_run.measures"), Dated.RUN),
    AVERAGE_AMOUNT("average-amount", "tenge", List.of("recompute_result_<run>"), Dated.RUN),
    COVERAGE("coverage", "percent", List.of("recompute_result_<run>"), Dated.RUN),
    CATEGORY_SHARE("category-share", "percent", List.of("recompute_result_<run>"), Dated.RUN),
    MOVED_UP("moved-up", "families", List.of("recompute_transition_count"), Dated.RUN),
    MOVED_DOWN("moved-down", "families", List.of("recompute_transition_count"), Dated.RUN),
    SMS_SENT("sms-sent", "offers", List.of("offer"), Dated.MONTH),
    CONSENTED("consented", "offers", List.of("offer"), Dated.MONTH),
    ASSIGNED_WITHOUT_APPLICATION("assigned-without-application", "assignments", List.of("assignment"), Dated.MONTH),
    ACCIDENTS("accidents", "accidents", List.of("workplace_accident", "enterprise"), Dated.MONTH),
    INSPECTIONS("inspections", "inspections", List.of("labour_inspection", "enterprise"), Dated.MONTH),
    CONFLICTS("conflicts", "conflicts", List.of("labour_conflict", "enterprise"), Dated.MONTH),
    /** Issue 19: the labour-risk map's figures on the same choropleth, aggregates only. */
    LABOUR_HIGH_TENSION("labour-high-tension", "enterprises",
            List.of("labour_score", "labour_scoring_run", "enterprise"), Dated.MONTH),
    WAGE_ARREARS("wage-arrears", "enterprises", List.of("wage_arrears_report", "enterprise"), Dated.MONTH);

    /** How a figure is dated: as of the run's date, or over the calendar month. */
    public enum Dated { RUN, MONTH }

    private final String id;
    private final String unit;
    private final List<String> sources;
    private final Dated dated;

    Figure(String id, String unit, List<String> sources, Dated dated) {
        this.id = id;
        this.unit = unit;
        this.sources = sources;
        this.dated = dated;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public List<String> sources() {
        return sources;
    }

    public Dated dated() {
        return dated;
    }

    /** Whether the urban/rural and category filters apply (they do to the recompute's figures only). */
    public boolean byFamilyFeatures() {
        return sources.get(0).startsWith("recompute_result");
    }

    public static Figure byId(String id) {
        for (Figure f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("figure: no figure '" + id + "'");
    }
}
