package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A woman's births over her life: when her first child came, the spacing of the next ones, how many. The number
 * of births she intends follows her region's fertility (higher in the south, in villages, and before the 1990s);
 * each birth then happens with the period factor of its calendar year, which reproduces the fall of births in the
 * 1990s, the peak of 2021 and the decline since (about 345 000 births in the year before the reference date).
 * Every birth is at the mother's age 18 to 45.
 */
final class Fertility {

    /** Calibration of the overall level (births in the last year ≈ 345 000 at scale 1). */
    static final double LEVEL = 1.09;
    /** Probability that a birth is of twins. */
    static final double TWINS = 0.012;
    /** Last age (exclusive) at which a birth happens: 46, so the mother is at most 45. */
    static final double LAST_AGE = 45.95;
    /** A birth up to this many days after the reference date is an ongoing pregnancy. */
    static final int PREGNANCY_DAYS = 270;

    /** Relative fertility by calendar year (1 = the 2021 peak), from the national birth counts. */
    private static final double[] PERIOD = new double[2030 - 1930];

    static {
        for (int y = 1930; y < 2030; y++) {
            PERIOD[y - 1930] = period(y);
        }
    }

    private Fertility() {
    }

    private static double period(int year) {
        if (year <= 1985) return 1.0;
        if (year <= 1990) return 0.95;
        double[] from1991 = {0.85, 0.80, 0.75, 0.70, 0.65, 0.60, 0.57, 0.55, 0.54, 0.56, // 1991–2000
                0.58, 0.60, 0.64, 0.68, 0.70, 0.73, 0.77, 0.82, 0.83, 0.84,               // 2001–2010
                0.84, 0.85, 0.86, 0.88, 0.88, 0.88, 0.87, 0.87, 0.89, 0.94,               // 2011–2020
                1.00, 0.93, 0.92, 0.88, 0.86, 0.85, 0.85};                               // 2021–2027
        int i = year - 1991;
        return i < from1991.length ? from1991[i] : 0.85;
    }

    static double periodFactor(int year) {
        return year < 1930 ? 1.0 : year >= 2030 ? 0.85 : PERIOD[year - 1930];
    }

    /** Children a woman of this region intends over her life, before the period factor thins them. */
    static double intended(RegionProfile region, boolean rural, int birthYear) {
        double tfr = region.fertility();
        if (!region.isCity()) {
            tfr += rural ? 0.45 : -0.25;
        }
        // Regional differences were wider before the 1990s: the south had 4 to 5 children per woman.
        double older = birthYear < 1960 ? 0.2 : birthYear < 1975 ? 0.1 : 0.0;
        return LEVEL * tfr / 0.88 * (1 + older * region.tradition());
    }

    /**
     * Birth days of a woman's children (twins appear twice), up to the end of an ongoing pregnancy after the
     * reference date; sorted.
     */
    static List<LocalDate> births(Draw d, LocalDate motherBirth, RegionProfile region, boolean rural) {
        double childless = 0.05 + 0.06 * (1 - region.tradition()) + (region.isCity() ? 0.03 : 0);
        if (d.chance(childless)) {
            return List.of();
        }
        double mean = intended(region, rural, motherBirth.getYear()) / (1 - childless);
        int intended = 1 + d.poisson(Math.max(0, mean - 1));
        double age = 18 + d.gamma(2.2, 2.9);
        if (age > 40) {
            age = d.uniform(18, 40);
        }
        double spacingScale = intended >= 5 ? 0.8 : 1.0;
        LocalDate last = SyntheticCalendar.REFERENCE_DATE.plusDays(PREGNANCY_DAYS);
        List<LocalDate> births = new ArrayList<>(intended + 1);
        for (int i = 0; i < intended && age < LAST_AGE; i++) {
            LocalDate day = SyntheticCalendar.atAge(motherBirth, age);
            if (day.isAfter(last)) {
                break;
            }
            if (d.chance(periodFactor(day.getYear()))) {
                births.add(day);
                if (d.chance(TWINS)) {
                    births.add(day);
                }
            }
            age += 0.95 + d.gamma(2.0, spacingScale);
        }
        return births;
    }
}
