package kz.shanyraq.law.labour;

/**
 * What the registry knows about one enterprise on the day it is scored: the facts the indicators read. Counts
 * over a window are counted back from that day (the window is in the name). {@code -1} in a count or amount means
 * the source did not report it; an indicator reading it then gives no points and says so.
 *
 * @param headcount               workers on the day (ЕСУТД running contracts when known, else the registry headcount)
 * @param esutdContracts          labour contracts running on the day in ЕСУТД
 * @param pensionPayers           workers for whom mandatory pension contributions (ОПВ) were paid in the last month
 * @param accidentInsurance       a compulsory accident-insurance contract (ОСНС) in force on the day
 * @param averageWage             average monthly wage of the last reported month, tenge
 * @param wageArrears             wage arrears outstanding on the day, tenge
 * @param wageArrearsWorkers      workers owed wages
 * @param wageArrearsMonths       months since the oldest unpaid wage month
 * @param socialArrears           arrears of social payments (ОПВ, СО, ОСМС), tenge
 * @param layoffs6m               workers released for staff reduction or liquidation in the last 6 months
 * @param separations12m          contracts ended for any reason in the last 12 months
 * @param accidents12m            workers injured at work in the last 12 months (Н-1 acts)
 * @param fatalAccidents12m       of them killed
 * @param severeAccidents12m      of them severely injured
 * @param groupAccidents12m       group accidents (two or more victims) in the last 12 months
 * @param grossViolations12m      gross violations found by inspections in the last 12 months
 * @param violations12m           all violations found in the last 12 months
 * @param overduePrescriptions    prescriptions past their deadline and not executed on the day
 * @param complaints6m            workers' complaints received in the last 6 months
 * @param collectiveAgreement     a collective agreement in force on the day
 * @param agreementDaysLeft       days until the agreement in force expires; -1 when none or open-ended
 * @param tradeUnion              a trade union at the enterprise on the day
 * @param conflicts12m            collective disputes and conflicts started in the last 12 months (any source)
 * @param strikes12m              strikes (stoppages of 3 hours or more) in the last 12 months
 * @param insolvency              0 none, 1 rehabilitation, 2 bankruptcy, on the day
 * @param visionZero              a member of Vision Zero on the day
 * @param hazardClass             the occupational hazard class of its economic activity (1 lowest … 5 highest)
 */
public record EnterpriseFacts(int headcount, int esutdContracts, int pensionPayers, boolean accidentInsurance,
                              long averageWage, long wageArrears, int wageArrearsWorkers, int wageArrearsMonths,
                              long socialArrears, int layoffs6m, int separations12m, int accidents12m,
                              int fatalAccidents12m, int severeAccidents12m, int groupAccidents12m,
                              int grossViolations12m, int violations12m, int overduePrescriptions, int complaints6m,
                              boolean collectiveAgreement, int agreementDaysLeft, boolean tradeUnion, int conflicts12m,
                              int strikes12m, int insolvency, boolean visionZero, int hazardClass) {

    public static final int REHABILITATION = 1;
    public static final int BANKRUPTCY = 2;

    /**
     * A quiet enterprise: every worker registered and paying contributions, insured, paid, an open-ended collective
     * agreement and a trade union, nothing to report.
     */
    public static EnterpriseFacts quiet(int headcount, long averageWage, int hazardClass) {
        return new EnterpriseFacts(headcount, headcount, headcount, true, averageWage, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, true, -1, true, 0, 0, 0, false, hazardClass);
    }

    public EnterpriseFacts withAccidentInsurance(boolean insured) {
        return new EnterpriseFacts(headcount, esutdContracts, pensionPayers, insured, averageWage, wageArrears,
                wageArrearsWorkers, wageArrearsMonths, socialArrears, layoffs6m, separations12m, accidents12m,
                fatalAccidents12m, severeAccidents12m, groupAccidents12m, grossViolations12m, violations12m,
                overduePrescriptions, complaints6m, collectiveAgreement, agreementDaysLeft, tradeUnion, conflicts12m,
                strikes12m, insolvency, visionZero, hazardClass);
    }

    public EnterpriseFacts withWageArrears(long amount, int workers, int months) {
        return new EnterpriseFacts(headcount, esutdContracts, pensionPayers, accidentInsurance, averageWage, amount,
                workers, months, socialArrears, layoffs6m, separations12m, accidents12m, fatalAccidents12m,
                severeAccidents12m, groupAccidents12m, grossViolations12m, violations12m, overduePrescriptions,
                complaints6m, collectiveAgreement, agreementDaysLeft, tradeUnion, conflicts12m, strikes12m, insolvency,
                visionZero, hazardClass);
    }

    public EnterpriseFacts withAccidents(int all, int fatal, int severe, int group) {
        return new EnterpriseFacts(headcount, esutdContracts, pensionPayers, accidentInsurance, averageWage,
                wageArrears, wageArrearsWorkers, wageArrearsMonths, socialArrears, layoffs6m, separations12m, all,
                fatal, severe, group, grossViolations12m, violations12m, overduePrescriptions, complaints6m,
                collectiveAgreement, agreementDaysLeft, tradeUnion, conflicts12m, strikes12m, insolvency, visionZero,
                hazardClass);
    }

    public EnterpriseFacts withConflicts(int conflicts, int strikes) {
        return new EnterpriseFacts(headcount, esutdContracts, pensionPayers, accidentInsurance, averageWage,
                wageArrears, wageArrearsWorkers, wageArrearsMonths, socialArrears, layoffs6m, separations12m,
                accidents12m, fatalAccidents12m, severeAccidents12m, groupAccidents12m, grossViolations12m,
                violations12m, overduePrescriptions, complaints6m, collectiveAgreement, agreementDaysLeft, tradeUnion,
                conflicts, strikes, insolvency, visionZero, hazardClass);
    }

    public EnterpriseFacts withInspectionRecord(int gross, int all, int overduePrescriptions) {
        return new EnterpriseFacts(headcount, esutdContracts, pensionPayers, accidentInsurance, averageWage,
                wageArrears, wageArrearsWorkers, wageArrearsMonths, socialArrears, layoffs6m, separations12m,
                accidents12m, fatalAccidents12m, severeAccidents12m, groupAccidents12m, gross, all,
                overduePrescriptions, complaints6m, collectiveAgreement, agreementDaysLeft, tradeUnion, conflicts12m,
                strikes12m, insolvency, visionZero, hazardClass);
    }

    public EnterpriseFacts withStaff(int esutd, int payers, int layoffs6m, int separations12m) {
        return new EnterpriseFacts(headcount, esutd, payers, accidentInsurance, averageWage, wageArrears,
                wageArrearsWorkers, wageArrearsMonths, socialArrears, layoffs6m, separations12m, accidents12m,
                fatalAccidents12m, severeAccidents12m, groupAccidents12m, grossViolations12m, violations12m,
                overduePrescriptions, complaints6m, collectiveAgreement, agreementDaysLeft, tradeUnion, conflicts12m,
                strikes12m, insolvency, visionZero, hazardClass);
    }

    public EnterpriseFacts withInsolvency(int insolvency, long socialArrears) {
        return new EnterpriseFacts(headcount, esutdContracts, pensionPayers, accidentInsurance, averageWage,
                wageArrears, wageArrearsWorkers, wageArrearsMonths, socialArrears, layoffs6m, separations12m,
                accidents12m, fatalAccidents12m, severeAccidents12m, groupAccidents12m, grossViolations12m,
                violations12m, overduePrescriptions, complaints6m, collectiveAgreement, agreementDaysLeft, tradeUnion,
                conflicts12m, strikes12m, insolvency, visionZero, hazardClass);
    }

    public EnterpriseFacts withPartnership(boolean agreement, int daysLeft, boolean union, int complaints6m) {
        return new EnterpriseFacts(headcount, esutdContracts, pensionPayers, accidentInsurance, averageWage,
                wageArrears, wageArrearsWorkers, wageArrearsMonths, socialArrears, layoffs6m, separations12m,
                accidents12m, fatalAccidents12m, severeAccidents12m, groupAccidents12m, grossViolations12m,
                violations12m, overduePrescriptions, complaints6m, agreement, daysLeft, union, conflicts12m,
                strikes12m, insolvency, visionZero, hazardClass);
    }
}
