package kz.shanyraq.law.batch;

import kz.shanyraq.law.benefit.insurance.InsuredCarer;

/**
 * A member's social insurance read from the columns of a {@link Population}: the one {@code InsuredCarer} rule (is the
 * carer insured for a child, the day the right to the ГФСС child-care payment arises) and the contribution income of
 * an averaging window. The explained path reads the same columns through {@link MemberOnDay} (a population of one
 * family), so a ГФСС condition or amount written once on {@link MemberOnDay} decides both paths.
 */
final class InsuranceColumns {

    private InsuranceColumns() {
    }

    /** {@code InsuredCarer}: contributions for the month the right arose or the one before. */
    static boolean insured(Population p, int carer, int child) {
        int i = p.insuranceOf[carer];
        if (i < 0) {
            return false;
        }
        int leave = p.maternityOf[carer];
        boolean dated = leave >= 0 && p.maternityStart[leave] != Population.NO_DAY;
        long month = InsuredCarer.insuranceMonth(p.birth[child],
                dated ? p.maternityStart[leave] : InsuredCarer.NO_LEAVE, dated ? p.maternityDays[leave] : 0);
        int start = p.contributionStart[i];
        int end = p.contributionStart[i + 1];
        return InsuredCarer.insured(month, x -> {
            for (int c = start; c < end; c++) {
                if (p.contributionMonth[c] == x) {
                    return true;
                }
            }
            return false;
        });
    }

    /** {@code InsuredCarer.rightArises}: birth day, or the day after the carer's leave when it covers the birth. */
    static int rightArises(Population p, int carer, int birth) {
        int leave = p.maternityOf[carer];
        boolean dated = leave >= 0 && p.maternityStart[leave] != Population.NO_DAY;
        return (int) InsuredCarer.rightArisesDay(birth, dated ? p.maternityStart[leave] : InsuredCarer.NO_LEAVE,
                dated ? p.maternityDays[leave] : 0);
    }

    /**
     * Contribution incomes of the {@code months} months before the month of {@code rightDay}, as
     * {@code AverageMonthlyIncome.windowIncome} sums them from a contribution record.
     */
    static long windowIncome(Population p, int insurance, int rightDay, int months) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(rightDay);
        int month = d.getYear() * 12 + d.getMonthValue() - 1;
        int firstMonth = month - months;
        long sum = 0;
        for (int c = p.contributionStart[insurance]; c < p.contributionStart[insurance + 1]; c++) {
            int cm = p.contributionMonth[c];
            if (cm >= firstMonth && cm < month) {
                sum = Math.addExact(sum, p.contributionIncome[c]);
            }
        }
        return sum;
    }
}
