package kz.shanyraq.ingest.regional;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2025-Q1}: the period of regional figures and of per-capita income. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 2100) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + number);
        }
    }

    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written YYYY-Qn, n from 1 to 4: " + text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The quarter before: the 2025 poverty line of a quarter rests on the median of the previous one. */
    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
