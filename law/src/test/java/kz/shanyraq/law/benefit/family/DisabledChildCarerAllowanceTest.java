package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.family.DisabilityCause;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static kz.shanyraq.law.family.FamilyFixtures.family;
import static kz.shanyraq.law.family.FamilyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

class DisabledChildCarerAllowanceTest {

    private final DisabledChildCarerAllowance measure = new DisabledChildCarerAllowance();

    private static Law on(LocalDate day) {
        return ParameterBook.standard().on(day);
    }

    private Decision ask(LocalDate day, Integer children) {
        Map<String, String> keys = new HashMap<>();
        if (children != null) {
            keys.put("children", String.valueOf(children));
        }
        return measure.calculate(Inputs.parse(measure.id(), measure.inputs(), keys), on(day), true);
    }

    @Test
    void from_1_july_2023_it_is_1_61_subsistence_minima_65_313_as_published_by_gfss_s34() {
        assertThat(((Entitlement) ask(LocalDate.of(2023, 7, 1), null)).amount()).isEqualTo(65_313);
    }

    @Test
    void before_1_july_2023_it_was_1_40_subsistence_minima_raised_from_1_05_on_1_july_2019_enbek_gov_kz() {
        assertThat(((Entitlement) ask(LocalDate.of(2023, 6, 30), null)).amount()).isEqualTo(56_794); // 1.40 × 40 567 = 56 793.8
        assertThat(((Entitlement) ask(LocalDate.of(2019, 6, 30), null)).amount()).isEqualTo(31_183); // 1.05 × 29 698 = 31 182.9
        assertThat(((Entitlement) ask(LocalDate.of(2019, 7, 1), null)).amount()).isEqualTo(41_578); // 1.40 × 29 698 = 41 577.2
    }

    @Test
    void in_2025_it_is_74_428_by_rounding_up_1_61_times_46_228_equal_74_427_08() {
        Entitlement e = (Entitlement) ask(LocalDate.of(2025, 6, 1), null);
        assertThat(e.explanation().rounding().before()).isEqualByComparingTo("74427.08");
        assertThat(e.amount()).isEqualTo(74_428);
    }

    @Test
    void follows_the_subsistence_minimum_change_of_1_january_2025_43_407_to_46_228() {
        assertThat(((Entitlement) ask(LocalDate.of(2024, 12, 31), null)).amount()).isEqualTo(69_886); // 69 885.27
        assertThat(((Entitlement) ask(LocalDate.of(2025, 1, 1), null)).amount()).isEqualTo(74_428);
    }

    @Test
    void it_is_paid_per_child_two_children_in_2023_give_twice_65_313() {
        assertThat(((Entitlement) ask(LocalDate.of(2023, 7, 1), 2)).amount()).isEqualTo(2 * 65_313);
    }

    @Test
    void a_mother_raising_a_child_with_disability_gets_it_for_that_child_only() {
        Family f = family("F").with(
                member("mother").born(1990, 1, 1).head(),
                member("sick").born(2019, 4, 4).childOf("mother").disabled(null, DisabilityCause.CHILDHOOD,
                        LocalDate.of(2020, 1, 1)),
                member("healthy").born(2017, 4, 4).childOf("mother"),
                member("healed").born(2016, 4, 4).childOf("mother").disabled(3, DisabilityCause.CHILDHOOD,
                        LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)),
                member("uncle").born(1970, 4, 4).relation(kz.shanyraq.law.family.Relation.SIBLING)
                        .disabled(2, DisabilityCause.GENERAL_ILLNESS, LocalDate.of(2020, 1, 1)))
                .build();

        List<Decision> decisions = measure.evaluate(f, on(LocalDate.of(2025, 6, 1)), true);

        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).beneficiary()).isEqualTo("sick");
        assertThat(((Entitlement) decisions.get(0)).amount()).isEqualTo(74_428);
    }

    @Test
    void a_child_with_disability_and_no_parent_or_guardian_in_the_family_is_refused_naming_the_carer() {
        Family f = family("F").with(member("child").born(2015, 1, 1).head()
                .disabled(2, DisabilityCause.CHILDHOOD, LocalDate.of(2020, 1, 1))).build();

        Refusal r = (Refusal) measure.evaluate(f, on(LocalDate.of(2025, 6, 1)), true).get(0);
        assertThat(r.condition()).isEqualTo("carer");
    }

    @Test
    void a_guardian_not_permanently_resident_is_refused() {
        Family f = family("F").with(
                member("aunt").born(1985, 1, 1).head().nonResident().caresFor("child"),
                member("child").born(2015, 1, 1).disabled(2, DisabilityCause.CHILDHOOD, LocalDate.of(2020, 1, 1)))
                .build();

        assertThat(((Refusal) measure.evaluate(f, on(LocalDate.of(2025, 6, 1)), true).get(0)).condition())
                .isEqualTo("resident");
    }
}
