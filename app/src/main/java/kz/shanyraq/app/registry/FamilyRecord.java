package kz.shanyraq.app.registry;

import kz.shanyraq.law.family.Family;

import java.time.LocalDate;
import java.util.List;

/**
 * A family as of a date: the law's family document (what the measures read) together with what a social worker
 * sees beside it: facts over time, incomes by month, and the gaps in the registry.
 *
 * @param territory the family's address on the date; {@code null} if the registry holds none
 * @param incomes incomes of the current members, months before the month of the date, newest first
 */
public record FamilyRecord(long id, LocalDate on, Family family, Territory territory, List<Fact> facts,
                           List<MonthlyIncome> incomes, List<DataGap> gaps) {

    public FamilyRecord {
        facts = List.copyOf(facts);
        incomes = List.copyOf(incomes);
        gaps = List.copyOf(gaps);
    }
}
