package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AspChildSupplementTest {

    private final AspChildSupplement supplement = new AspChildSupplement();

    private static Law on(String day) {
        return ParameterBook.standard().on(LocalDate.parse(day));
    }

    private Decision children(int n, String day) {
        return supplement.calculate(Inputs.parse(supplement.id(), supplement.inputs(),
                Map.of("children", String.valueOf(n))), on(day), true);
    }

    @Test
    void amount_asp_child_supplement_on_1_june_2025_for_two_children_is_11_796_as_the_command_line_prints() {
        Entitlement e = (Entitlement) children(2, "2025-06-01");
        assertThat(e.amount()).isEqualTo(11_796);
        assertThat(ExplanationText.render(e.explanation(), Locale.ENGLISH))
                .contains("coefficient × МРП = 1.5 × 3932", "per child × children = 5898 × 2");
    }

    @Test
    void one_child_in_2025_gets_5_898_and_in_2023_gets_5_175_as_published() {
        assertThat(((Entitlement) children(1, "2025-06-01")).amount()).isEqualTo(5_898);
        assertThat(((Entitlement) children(1, "2023-05-01")).amount()).isEqualTo(5_175);
    }

    @Test
    void with_the_2026_mci_of_4_325_one_and_a_half_mci_is_6_487_5_and_rounds_half_up_to_6_488() {
        assertThat(((Entitlement) children(1, "2026-03-01")).amount()).isEqualTo(6_488);
        assertThat(((Entitlement) children(2, "2026-03-01")).amount()).isEqualTo(12_976);
    }

    @Test
    void the_2022_kits_are_a_refusal_of_cash_and_earlier_years_are_undetermined() {
        assertThat(children(1, "2022-06-01")).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.reason().en()).contains("kits, not cash"));
        assertThat(children(1, "2019-06-01")).isInstanceOfSatisfying(Undetermined.class,
                u -> assertThat(u.parameter()).isEqualTo("asp-child-supplement.cash"));
    }

    @Test
    void the_children_key_is_required_and_at_least_one() {
        assertThatThrownBy(() -> Inputs.parse(supplement.id(), supplement.inputs(), Map.of()))
                .hasMessageContaining("missing key 'children'");
        assertThatThrownBy(() -> Inputs.parse(supplement.id(), supplement.inputs(), Map.of("children", "0")))
                .hasMessageContaining("must be from 1 to 30");
    }

    @Test
    void a_family_above_the_poverty_line_gets_no_supplement_and_the_refusal_says_why() {
        Family family = AspTestSupport.family("""
                id: well-off
                region: KZ-59
                members:
                  - {id: mother, birthDate: 1990-03-03, sex: female, relation: head}
                  - {id: c1, birthDate: 2021-08-01, sex: male, relation: child}
                incomes:
                  - {memberId: mother, month: 2024-02, type: wage, amount: 900000}
                """);
        Refusal r = (Refusal) supplement.evaluate(family, on("2024-05-10"), true).get(0);
        assertThat(r.condition()).isEqualTo("asp-entitled");
        assertThat(r.reason().en()).contains("not entitled to targeted social assistance", "exceeds the poverty line");
    }

    @Test
    void when_the_assistance_is_undetermined_the_supplement_is_undetermined_naming_the_same_figure() {
        Family family = AspTestSupport.family("""
                id: q4-2025
                region: KZ-59
                members:
                  - {id: mother, birthDate: 1990-03-03, sex: female, relation: head}
                  - {id: c1, birthDate: 2021-08-01, sex: male, relation: child}
                """);
        Undetermined u = (Undetermined) supplement.evaluate(family, on("2025-10-10"), false).get(0);
        assertThat(u.parameter()).isEqualTo("regional subsistence minimum KZ-59 2025-Q3");
    }
}
