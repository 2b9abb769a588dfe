package kz.shanyraq.law.family;

import java.time.YearMonth;
import java.util.List;

/**
 * A person's participation in compulsory social insurance.
 *
 * @param participationMonths total months of contributions over the whole career (стаж участия); when
 *                            {@code null}, the number of months listed in {@code contributions}
 * @param contributions monthly incomes on which contributions were paid (at least the last 24 months)
 */
public record SocialInsurance(Integer participationMonths, List<Contribution> contributions) {

    public SocialInsurance {
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
    }

    public int participation() {
        return participationMonths != null ? participationMonths : contributions.size();
    }

    /** Whether a contribution was paid for a month (e.g. the carer is insured in the month of birth). */
    public boolean contributedIn(YearMonth month) {
        return contributions.stream().anyMatch(c -> c.month().equals(month));
    }
}
