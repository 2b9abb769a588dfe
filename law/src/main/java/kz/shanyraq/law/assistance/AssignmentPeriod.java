package kz.shanyraq.law.assistance;

import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.Quarter;

import java.time.LocalDate;
import java.util.List;

/**
 * The period targeted social assistance is assigned for: the quarter of application (assigned quarterly, paid
 * monthly), starting as {@code asp.assignment.start} says. The application day is the law's day.
 */
record AssignmentPeriod(LocalDate from, LocalDate to) {

    static AssignmentPeriod of(Calculation c) {
        LocalDate day = c.day();
        Quarter quarter = Quarter.of(day);
        List<String> start = c.codes("asp.assignment.start");
        String rule = start.isEmpty() ? "" : start.get(0);
        LocalDate from = switch (rule) {
            case "application-month" -> day.withDayOfMonth(1);
            case "application-date" -> day;
            case "quarter-start" -> quarter.firstDay();
            default -> throw new ParameterUnknownException("asp.assignment.start", rule, day,
                    "expected one of application-month, application-date, quarter-start");
        };
        return new AssignmentPeriod(from, quarter.lastDay());
    }
}
