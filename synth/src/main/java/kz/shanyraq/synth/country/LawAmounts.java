package kz.shanyraq.synth.country;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The amounts of the law in force on the reference date, read from the law module's parameter book, so that the
 * benefits the synthetic country's people receive are the ones the law engine would compute (МРП, budget ПМ,
 * МЗП and the coefficients of each benefit).
 */
public final class LawAmounts {

    private static final LawAmounts STANDARD = new LawAmounts(ParameterBook.standard().on(SyntheticCalendar.REFERENCE_DATE));

    public final long mrp;
    public final long budgetPm;
    public final long minimumWage;
    /** Minimum total pension: minimum solidary pension + minimum base pension, 2026 (legal-parameters.md §1). */
    public final long minimumPension = 69_049 + 35_596;
    /** The day whose law these amounts are. */
    public final LocalDate day;
    private final Law law;
    private final List<String> aspExcludedTypes;

    private LawAmounts(Law law) {
        this.law = law;
        this.day = law.day();
        this.mrp = law.number("mrp").longValueExact();
        this.budgetPm = law.number("subsistence-minimum").longValueExact();
        this.minimumWage = law.number("minimum-wage").longValueExact();
        this.aspExcludedTypes = law.codes("asp.income.excluded-types");
    }

    public static LawAmounts standard() {
        return STANDARD;
    }

    private static final java.util.Map<java.time.YearMonth, LawAmounts> BY_MONTH = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The amounts of the law in force on the first day of a month (the history's benefits are paid at the МРП,
     * budget ПМ and coefficients of their own month).
     */
    public static LawAmounts on(java.time.YearMonth month) {
        return BY_MONTH.computeIfAbsent(month, m -> new LawAmounts(ParameterBook.standard().on(m.atDay(1))));
    }

    /** Budget ПМ in force on a day (for amounts of earlier years). */
    public static long budgetPmOn(LocalDate day) {
        return ParameterBook.standard().on(day).number("subsistence-minimum").longValueExact();
    }

    /** Minimum wage (МЗП) of a year, for social contributions of past months. */
    public static long minimumWageIn(int year) {
        int y = Math.max(2017, Math.min(SyntheticCalendar.REFERENCE_DATE.getYear(), year));
        return MINIMUM_WAGES[y - 2017];
    }

    private static final long[] MINIMUM_WAGES = new long[SyntheticCalendar.REFERENCE_DATE.getYear() - 2017 + 1];

    static {
        ParameterBook book = ParameterBook.standard();
        for (int y = SyntheticCalendar.REFERENCE_DATE.getYear(); y >= 2017; y--) {
            try {
                MINIMUM_WAGES[y - 2017] = book.on(LocalDate.of(y, 7, 1)).number("minimum-wage").longValueExact();
            } catch (ParameterUnknownException unknown) {
                MINIMUM_WAGES[y - 2017] = MINIMUM_WAGES[y - 2016];
            }
        }
    }

    /** State disability benefit (ГСП) for an adult with general illness, or a child, in whole tenge. */
    public long disabilityBenefit(int group, boolean child, boolean youngChild) {
        String key = youngChild ? "young-child" : (child ? "childhood-group-" : "general-illness-group-") + group;
        return up(law.number("disability-benefit.coefficient", key), budgetPm);
    }

    /** Survivor benefit (ГСП) for the family by number of dependants. */
    public long survivorBenefit(int dependants) {
        return up(law.number("survivor-benefit.coefficient", String.valueOf(Math.max(1, dependants))), budgetPm);
    }

    /** Multi-child allowance for a family with {@code children} (4 or more) children. */
    public long multichildAllowance(int children) {
        BigDecimal c = law.number("multichild-allowance.coefficient", String.valueOf(children));
        long perChildFrom = law.number("multichild-allowance.per-child-from").longValueExact();
        return children >= perChildFrom ? up(c, mrp) * children : up(c, mrp);
    }

    /** Allowance to an awarded mother: «Күміс алқа» or the higher awards. */
    public long awardedMotherAllowance(boolean kumisAlka) {
        return up(law.number("awarded-mother-allowance.coefficient", kumisAlka ? "kumis-alka" : "altyn-alka"), mrp);
    }

    /** Budget child-care allowance to 1.5 years by the child's birth order. */
    public long childcareAllowance(int birthOrder) {
        return up(law.number("childcare-allowance.coefficient", String.valueOf(Math.max(1, birthOrder))), mrp);
    }

    /** One-time birth allowance by the child's birth order. */
    public long birthAllowance(int birthOrder) {
        return up(law.number("birth-allowance.coefficient", String.valueOf(Math.max(1, birthOrder))), mrp);
    }

    /** Survivor benefit per child who lost both parents. */
    public long orphanBenefit() {
        return up(law.number("survivor-benefit.orphan-coefficient"), budgetPm);
    }

    /** Age from which a child with disability has a group (7). */
    public int youngChildAge() {
        return law.number("disability-benefit.young-child-age").intValueExact();
    }

    /** Allowance to the person raising a child with disability. */
    public long disabledChildCarerAllowance() {
        return up(law.number("disabled-child-carer-allowance.coefficient"), budgetPm);
    }

    /** Income types the law does not count for targeted social assistance on the reference date. */
    public boolean countedForAsp(String incomeType) {
        return !aspExcludedTypes.contains(incomeType);
    }

    private static long up(BigDecimal coefficient, long base) {
        return coefficient.multiply(BigDecimal.valueOf(base)).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
