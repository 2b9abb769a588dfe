package kz.shanyraq.synth.country;

import java.time.LocalDate;

/** Small facts about a person or family, as the registry tables record them. */
public final class Facts {

    private Facts() {
    }

    /**
     * Income of one type from one source system for each of the six income months
     * ({@link SyntheticCalendar#INCOME_MONTHS}); a zero month has no row.
     */
    public record IncomeStream(String type, String source, long[] amounts) {
        public long total(int fromMonth, int toMonth) {
            long t = 0;
            for (int m = fromMonth; m < toMonth; m++) {
                t += amounts[m];
            }
            return t;
        }
    }

    /**
     * An income a person has received every month since a day, at the amount of each month's law (a benefit) or
     * at the reference amount deflated to the month ({@code deflated}: a wage-like amount with no law behind it).
     * The history months are written from it; the six reference months come from the {@link IncomeStream}s.
     */
    public record StandingIncome(String type, String source, LocalDate since,
                                 java.util.function.ToLongFunction<LawAmounts> amountOn, boolean deflated) {
    }

    /** A loan ({@code loan}); ids are given when the rows are written, in registry order. */
    public record Loan(String kind, long principal, LocalDate openedOn) {
    }

    public record Vehicle(String kind, int madeYear, LocalDate from) {
    }

    /** Real estate; area in hundredths of a square metre. */
    public record Estate(String kind, String regionCode, long areaCentiM2, LocalDate from) {
    }

    /** A land plot; area in ten-thousandths of a hectare. */
    public record LandPlot(long hectaresE4, String purpose, LocalDate from) {
    }

    /** Livestock of one species, as counted on the reference date. */
    public record Herd(String species, int head) {
    }

    /** Resettlement of a family: kandas from abroad or a resettler from another region. */
    public record Resettlement(String kind, boolean inRegionalQuota, String fromRegion, LocalDate settledOn,
                               Integer rentRateMrp) {
    }
}
