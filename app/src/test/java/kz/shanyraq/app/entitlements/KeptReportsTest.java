package kz.shanyraq.app.entitlements;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.Locality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card read again with nothing changed gets the law's answer already computed; any change to the family document or
 * the date is a new question for the law.
 */
class KeptReportsTest extends ServerTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 1);

    @Autowired
    FamilyEntitlements entitlements;

    @Test
    void the_same_family_on_the_same_date_is_answered_from_what_was_computed_and_a_changed_one_is_evaluated_anew() {
        Family family = new Family("kept-1", "KZ-59", "KZ-59-01", Locality.URBAN, List.of(), List.of(), List.of(),
                null, null);
        Family sameAgain = new Family("kept-1", "KZ-59", "KZ-59-01", Locality.URBAN, List.of(), List.of(), List.of(),
                null, null);
        Family withAnIncome = new Family("kept-1", "KZ-59", "KZ-59-01", Locality.URBAN, List.of(),
                List.of(new Income("m1", YearMonth.of(2026, 9), IncomeType.WAGE, 250_000)), List.of(), null, null);

        EntitlementReport first = entitlements.evaluate(family, ON);

        assertThat(entitlements.evaluate(sameAgain, ON)).isSameAs(first);
        assertThat(entitlements.evaluate(withAnIncome, ON)).isNotSameAs(first);
        assertThat(entitlements.evaluate(family, ON.plusDays(1))).isNotSameAs(first)
                .extracting(EntitlementReport::on).isEqualTo(ON.plusDays(1));
    }
}
