package kz.shanyraq.law.labour;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an indicator of the labour-risk model can read, computed from an enterprise's {@link EnterpriseFacts} on
 * the scoring day. Values are whole numbers; shares and ratios are in thousandths (‰), so a model file writes
 * "below 1000" for "below the minimum wage". {@link #NO_DATA} when the source did not report what is needed.
 */
public enum LabourFeature {
    HEADCOUNT("headcount", "workers", (f, mw) -> f.headcount()),
    ACCIDENT_INSURANCE_MISSING("accident-insurance-missing", "1 = no ОСНС contract in force",
            (f, mw) -> f.accidentInsurance() ? 0 : 1),
    CONTRACTS_VS_CONTRIBUTIONS("contracts-vs-contributions", "‰ gap between ЕСУТД contracts and ОПВ payers",
            (f, mw) -> {
                if (f.esutdContracts() < 0 || f.pensionPayers() < 0) {
                    return -1;
                }
                int larger = Math.max(f.esutdContracts(), f.pensionPayers());
                return larger == 0 ? 0 : Math.abs(f.esutdContracts() - f.pensionPayers()) * 1000L / larger;
            }),
    TURNOVER("turnover", "‰ of headcount: contracts ended in 12 months", (f, mw) -> perMille(f.separations12m(), f.headcount())),
    LAYOFFS("layoffs", "‰ of headcount: released in 6 months", (f, mw) -> perMille(f.layoffs6m(), f.headcount())),
    WAGE_TO_MINIMUM("wage-to-minimum", "‰ of the minimum wage: average wage", (f, mw) ->
            f.averageWage() < 0 || mw <= 0 ? -1 : f.averageWage() * 1000L / mw),
    WAGE_ARREARS("wage-arrears", "tenge", (f, mw) -> f.wageArrears()),
    WAGE_ARREARS_MONTHS("wage-arrears-months", "months", (f, mw) -> f.wageArrears() > 0 ? Math.max(f.wageArrearsMonths(), 1) : 0),
    WAGE_ARREARS_WORKERS("wage-arrears-workers", "‰ of headcount: workers owed wages",
            (f, mw) -> perMille(f.wageArrearsWorkers(), f.headcount())),
    SOCIAL_ARREARS("social-arrears", "tenge", (f, mw) -> f.socialArrears()),
    INSOLVENCY("insolvency", "0 none, 1 rehabilitation, 2 bankruptcy", (f, mw) -> f.insolvency()),
    COMPLAINTS("complaints", "complaints in 6 months", (f, mw) -> f.complaints6m()),
    OVERDUE_PRESCRIPTIONS("overdue-prescriptions", "prescriptions past deadline", (f, mw) -> f.overduePrescriptions()),
    GROSS_VIOLATIONS("gross-violations", "gross violations in 12 months", (f, mw) -> f.grossViolations12m()),
    VIOLATIONS("violations", "violations in 12 months", (f, mw) -> f.violations12m()),
    NO_COLLECTIVE_AGREEMENT("no-collective-agreement", "1 = none in force", (f, mw) -> f.collectiveAgreement() ? 0 : 1),
    AGREEMENT_EXPIRING("agreement-days-left", "days until the agreement expires (none: no data)",
            (f, mw) -> f.collectiveAgreement() && f.agreementDaysLeft() >= 0 ? f.agreementDaysLeft() : -1),
    NO_TRADE_UNION("no-trade-union", "1 = no trade union", (f, mw) -> f.tradeUnion() ? 0 : 1),
    CONFLICTS("conflicts", "collective disputes and conflicts in 12 months", (f, mw) -> f.conflicts12m()),
    STRIKES("strikes", "stoppages of 3 h or more in 12 months", (f, mw) -> f.strikes12m()),
    ACCIDENTS("accidents", "workers injured in 12 months", (f, mw) -> f.accidents12m()),
    ACCIDENT_RATE("accident-rate", "injured per 1 000 workers in 12 months, ×1000",
            (f, mw) -> f.headcount() <= 0 || f.accidents12m() < 0 ? -1 : f.accidents12m() * 1_000_000L / f.headcount()),
    FATAL_ACCIDENTS("fatal-accidents", "killed in 12 months", (f, mw) -> f.fatalAccidents12m()),
    SEVERE_ACCIDENTS("severe-accidents", "severely injured in 12 months", (f, mw) -> f.severeAccidents12m()),
    GROUP_ACCIDENTS("group-accidents", "group accidents in 12 months", (f, mw) -> f.groupAccidents12m()),
    HAZARD_CLASS("hazard-class", "1 lowest … 5 highest", (f, mw) -> f.hazardClass()),
    NOT_IN_VISION_ZERO("not-in-vision-zero", "1 = not a member", (f, mw) -> f.visionZero() ? 0 : 1);

    /** The source did not report what the feature needs. */
    public static final long NO_DATA = Long.MIN_VALUE;

    /** Returns a negative number when the source did not report what is needed. */
    @FunctionalInterface
    interface Reading {
        long of(EnterpriseFacts facts, long minimumWage);
    }

    private final String code;
    private final String unit;
    private final Reading reading;

    LabourFeature(String code, String unit, Reading reading) {
        this.code = code;
        this.unit = unit;
        this.reading = reading;
    }

    public String code() {
        return code;
    }

    public String unit() {
        return unit;
    }

    /** The feature's value for these facts; negative counts and amounts (not reported) give {@link #NO_DATA}. */
    public long of(EnterpriseFacts facts, long minimumWage) {
        long v = reading.of(facts, minimumWage);
        return v < 0 ? NO_DATA : v;
    }

    public static Optional<LabourFeature> byCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    private static long perMille(int part, int whole) {
        if (part < 0 || whole <= 0) {
            return part == 0 ? 0 : -1;
        }
        return part * 1000L / whole;
    }
}
