package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyFixtures.MemberBuilder;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static kz.shanyraq.law.family.FamilyFixtures.family;
import static kz.shanyraq.law.family.FamilyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

class MultiChildAllowanceTest {

    private final MultiChildAllowance measure = new MultiChildAllowance();

    private static Law on(LocalDate day) {
        return ParameterBook.standard().on(day);
    }

    private Decision ask(LocalDate day, int children) {
        Inputs inputs = Inputs.parse(measure.id(), measure.inputs(), Map.of("children", String.valueOf(children)));
        return measure.calculate(inputs, on(day), true);
    }

    private long amount(LocalDate day, int children) {
        Decision d = ask(day, children);
        assertThat(d).isInstanceOf(Entitlement.class);
        return ((Entitlement) d).amount();
    }

    @ParameterizedTest(name = "{0} children: {1} ₸")
    @CsvSource({"4, 63030", "5, 78798", "6, 94565", "7, 110332"})
    void amounts_2025_are_63_030_78_798_94_565_110_332_as_published_seed_000(int children, long expected) {
        assertThat(amount(LocalDate.of(2025, 6, 1), children)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} children: {1} ₸")
    @CsvSource({"8, 125824", "9, 141552", "12, 188736"})
    void from_eight_children_2025_it_is_15_728_per_child_as_published_seed_000(int children, long expected) {
        assertThat(amount(LocalDate.of(2025, 6, 1), children)).isEqualTo(expected).isEqualTo(15_728L * children);
    }

    @Test
    void rounds_up_five_children_2025_is_20_04_times_3_932_equal_78_797_28_to_78_798() {
        Entitlement e = (Entitlement) ask(LocalDate.of(2025, 6, 1), 5);
        assertThat(e.explanation().rounding().rule()).isEqualTo("up");
        assertThat(e.explanation().rounding().before()).isEqualByComparingTo("78797.28");
        assertThat(e.payment()).isEqualTo(Payment.MONTHLY);
    }

    @Test
    void fewer_than_four_children_is_a_refusal_naming_the_number_of_children() {
        Decision d = ask(LocalDate.of(2025, 6, 1), 3);
        assertThat(d).isInstanceOf(Refusal.class);
        assertThat(((Refusal) d).condition()).isEqualTo("children");
        assertThat(((Refusal) d).reason().en()).contains("Fewer than 4");
    }

    @Test
    void follows_the_mrp_change_of_1_january_2025_and_the_same_scale_since_2020() {
        assertThat(amount(LocalDate.of(2023, 12, 31), 4)).isEqualTo(55_304); // 16.03 × 3 450 = 55 303.5 → up
        assertThat(amount(LocalDate.of(2024, 1, 1), 4)).isEqualTo(59_183); // 16.03 × 3 692 = 59 182.76
        assertThat(amount(LocalDate.of(2024, 12, 31), 4)).isEqualTo(59_183);
        assertThat(amount(LocalDate.of(2025, 1, 1), 4)).isEqualTo(63_030);
    }

    @Nested
    class ForAFamily {

        private final LocalDate day = LocalDate.of(2025, 6, 1);

        private MemberBuilder kid(String id, int year) {
            return member(id).born(year, 3, 1).childOf("mother");
        }

        private Decision evaluate(Family f) {
            List<Decision> decisions = measure.evaluate(f, on(day), true);
            assertThat(decisions).hasSize(1);
            assertThat(decisions.get(0).beneficiary()).isEqualTo(f.id());
            return decisions.get(0);
        }

        @Test
        void four_minors_and_a_full_time_student_of_22_count_as_five_children() {
            Family f = family("F5").with(member("mother").born(1980, 1, 1).head(),
                    kid("a", 2010), kid("b", 2012), kid("c", 2015), kid("d", 2020),
                    kid("student", 2003).studiesFullTime(LocalDate.of(2021, 9, 1), LocalDate.of(2026, 6, 30)))
                    .build();

            assertThat(((Entitlement) evaluate(f)).amount()).isEqualTo(78_798);
        }

        @Test
        void a_full_time_student_of_23_no_longer_counts_under_the_age_limit_23() {
            Family f = family("F4").with(member("mother").born(1980, 1, 1).head(),
                    kid("a", 2010), kid("b", 2012), kid("c", 2015), kid("d", 2020),
                    kid("student", 2002).studiesFullTime(LocalDate.of(2021, 9, 1), LocalDate.of(2026, 6, 30)))
                    .build();

            assertThat(((Entitlement) evaluate(f)).amount()).isEqualTo(63_030);
        }

        @Test
        void an_adult_child_not_studying_grandchildren_and_a_child_living_abroad_do_not_count() {
            Family f = family("F3").with(member("mother").born(1970, 1, 1).head(),
                    kid("a", 2010), kid("b", 2012), kid("c", 2015),
                    kid("adult", 2004),
                    kid("abroad", 2016).nonResident(),
                    member("grandchild").born(2022, 1, 1).relation(Relation.GRANDCHILD))
                    .build();

            Refusal r = (Refusal) evaluate(f);
            assertThat(r.condition()).isEqualTo("children");
            assertThat(r.explanation().conditions()).anyMatch(c -> c.code().equals("children")
                    && c.actual().equals("3"));
        }

        @Test
        void a_ward_under_guardianship_counts_as_a_child() {
            Family f = family("F4w").with(member("mother").born(1980, 1, 1).head(),
                    kid("a", 2010), kid("b", 2012), kid("c", 2015),
                    member("ward").born(2014, 5, 5).relation(Relation.WARD)).build();

            assertThat(((Entitlement) evaluate(f)).amount()).isEqualTo(63_030);
        }

        @Test
        void a_head_not_permanently_resident_is_refused() {
            Family f = family("Fnr").with(member("mother").born(1980, 1, 1).head().nonResident(),
                    kid("a", 2010), kid("b", 2012), kid("c", 2015), kid("d", 2020)).build();

            assertThat(((Refusal) evaluate(f)).condition()).isEqualTo("resident");
        }

        @Test
        void a_family_without_children_gets_no_decision() {
            Family f = family("single").with(member("man").born(1980, 1, 1).male().head()).build();
            assertThat(measure.evaluate(f, on(day), false)).isEmpty();
        }
    }
}
