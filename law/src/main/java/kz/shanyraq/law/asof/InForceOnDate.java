package kz.shanyraq.law.asof;

import java.time.LocalDate;

/**
 * A dated registry row counts on a day when it started by that day and has not ended before it: {@code valid_to} is
 * the last day in force (inclusive), none for open. Where a person has several rows in force (a membership, a
 * residence status, a disability, a study), the one with the latest start counts ({@link #later}).
 */
public final class InForceOnDate {

    /** No date (an open end), as {@link kz.shanyraq.law.batch.Population#NO_DAY}. */
    public static final int NONE = Integer.MIN_VALUE;

    private InForceOnDate() {
    }

    /** Whether a row from {@code from} to {@code to} (epoch days, {@link #NONE} open) is in force on {@code on}. */
    public static boolean holds(int from, int to, int on) {
        return from <= on && (to == NONE || to >= on);
    }

    /** The same for dates ({@code to} null when open). */
    public static boolean holds(LocalDate from, LocalDate to, LocalDate on) {
        return !from.isAfter(on) && (to == null || !to.isBefore(on));
    }

    /**
     * Whether a row in force starting on {@code from} replaces the one chosen so far (started on {@code chosen},
     * {@link #NONE} when none): the latest start wins.
     */
    public static boolean later(int from, int chosen) {
        return chosen == NONE || from > chosen;
    }

    /**
     * The rule as a SQL condition on table alias {@code t} (its {@code valid_from}, {@code valid_to}) and a day
     * expression ({@code :on}, {@code q.on_date}, {@code '2026-10-01'::date}); the readers that pick "the latest start"
     * add {@code order by valid_from desc}.
     */
    public static String sql(String t, String day) {
        String p = t.isEmpty() ? "" : t + ".";
        return p + "valid_from <= " + day + " and (" + p + "valid_to is null or " + p + "valid_to >= " + day + ")";
    }
}
