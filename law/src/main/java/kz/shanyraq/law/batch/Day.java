package kz.shanyraq.law.batch;

import java.time.LocalDate;

/** The evaluation day in the encodings of {@link Population}, and ages computed as {@link java.time.Period} does. */
final class Day {

    final LocalDate date;
    final int epoch;
    final int month;
    final int dom;

    Day(LocalDate date) {
        this.date = date;
        this.epoch = (int) date.toEpochDay();
        this.month = date.getYear() * 12 + date.getMonthValue() - 1;
        this.dom = date.getDayOfMonth();
    }

    /** Whole months of age on this day, exactly as {@code Period.between(birth, day).toTotalMonths()}. */
    int ageInMonths(Population p, int m) {
        int t = month - p.birthMonth[m];
        if (t > 0 && dom < p.birthDom[m]) {
            t--;
        } else if (t < 0 && dom > p.birthDom[m]) {
            t++;
        }
        return t;
    }

    /** Whole years of age on this day (birth not after day). */
    int age(Population p, int m) {
        return ageInMonths(p, m) / 12;
    }

    boolean bornBy(Population p, int m) {
        return p.birth[m] <= epoch;
    }

    /** Whether a period [from, until] (until open when {@link Population#NO_DAY}) contains this day. */
    boolean within(int from, int until) {
        return epoch >= from && (until == Population.NO_DAY || epoch <= until);
    }
}
