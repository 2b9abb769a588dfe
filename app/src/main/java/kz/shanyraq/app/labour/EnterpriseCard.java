package kz.shanyraq.app.labour;

import kz.shanyraq.law.explain.Text;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise as the inspector sees it on a day: its registry entry, its scores computed from the facts of that
 * day (each explained: every indicator's value and points, the trigger that decided), the published run's scores
 * and its history of entering and leaving the high band.
 *
 * @param model      the model's id, status ({@code reference}: ours, not the ministry's) and title
 * @param published  the enterprise in the published scoring run, or null when no run holds it
 */
public record EnterpriseCard(String bin, String name, String oked, int hazardClass, String regionCode,
                             String districtId, String size, LocalDate registeredOn, LocalDate asOf, Model model,
                             List<Score> scores, Published published, List<Transition> transitions) {

    public record Model(String id, String status, Text title, LocalDate versionFrom, long minimumWage) {
    }

    /**
     * @param band           the band's code ({@code low}, {@code medium}, {@code high})
     * @param trigger        the first hard trigger that holds, or null
     * @param decidedByTrigger the trigger, not the points, put the enterprise in its band
     */
    public record Score(String code, Text title, int total, String band, Text bandTitle, boolean high, Trigger trigger,
                        boolean decidedByTrigger, List<Line> lines) {
    }

    public record Trigger(String code, Text title, String basis) {
    }

    /** @param value the indicator's value (its unit in {@code unit}); null when the source did not report it */
    public record Line(String code, Text title, String unit, String source, Long value, int points) {
    }

    public record Published(long runId, LocalDate asOf, List<String> scores, List<Integer> totals, List<String> bands) {
    }

    public record Transition(long runId, LocalDate asOf, String score, String kind) {
    }
}
