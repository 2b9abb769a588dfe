package kz.shanyraq.law.casework;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The republic's working days: Monday to Friday except the public holidays in force in each year
 * ({@code casework.public-holidays}, {@code casework.movable-holidays}). Transfers of days off by decree are not
 * held, so a deadline may come a day early around them, never late.
 */
public final class WorkingDays {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final ParameterBook book;

    public WorkingDays(ParameterBook book) {
        this.book = book;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        Law law = book.on(day);
        List<String> yearly = law.codes("casework.public-holidays");
        if (yearly.contains(day.format(MONTH_DAY))) {
            return false;
        }
        return !law.codes("casework.movable-holidays").contains(day.toString());
    }

    /** The day {@code days} working days after {@code start} (the start day itself is not counted). */
    public LocalDate after(LocalDate start, int days) {
        LocalDate d = start;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The deadline a working-day parameter sets from a start day, with its norm: e.g.
     * {@code casework.deadline.contract-signature} after the commission's conclusion.
     */
    public Deadline deadline(String parameter, LocalDate start) {
        Law law = book.on(start);
        int days = law.number(parameter).intValueExact();
        return new Deadline(after(start, days), days, Norm.of(law, parameter));
    }

    /**
     * The same deadline, or nothing when the law as we hold it does not give the term on that day (the parameter's
     * version there is {@code status: unknown}): no due date is guessed.
     */
    public Optional<Deadline> deadlineIfKnown(String parameter, LocalDate start) {
        try {
            return Optional.of(deadline(parameter, start));
        } catch (ParameterUnknownException unknown) {
            return Optional.empty();
        }
    }

    /** A due date, how many working days it counts, and the norm that sets it. */
    public record Deadline(LocalDate due, int workingDays, Norm norm) {
    }
}
