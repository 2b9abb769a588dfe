package kz.shanyraq.synth.country;

import kz.shanyraq.law.family.Iin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static kz.shanyraq.synth.country.SyntheticCalendar.REFERENCE_DATE;
import static org.assertj.core.api.Assertions.assertThat;

class FamiliesAreConsistentTest {

    private static SmallCountry country;

    @BeforeAll
    static void generate() throws Exception {
        country = SmallCountry.generate(0.005, 0, 2);
    }

    @Test
    void every_person_has_a_valid_iin_matching_the_birth_date_and_sex_and_no_two_persons_share_one() {
        Set<String> seen = new HashSet<>();
        for (Resident r : country.persons()) {
            assertThat(Iin.problem(r.iin)).as(r.iin).isNull();
            assertThat(r.iin.substring(0, 6)).isEqualTo(String.format("%02d%02d%02d", r.birth.getYear() % 100,
                    r.birth.getMonthValue(), r.birth.getDayOfMonth()));
            int century = r.birth.getYear() < 2000 ? 3 : 5;
            assertThat(r.iin.charAt(6) - '0').isEqualTo(century + (r.female ? 1 : 0));
            assertThat(seen.add(r.iin)).as("duplicate IIN " + r.iin).isTrue();
        }
        assertThat(seen).hasSizeGreaterThan(90_000);
    }

    @Test
    void every_mother_was_18_to_45_at_each_birth_and_her_children_carry_contiguous_birth_orders() {
        Map<Resident, List<Integer>> orders = new HashMap<>();
        for (Resident child : country.persons()) {
            if (child.mother == null) {
                continue;
            }
            int age = Period.between(child.mother.birth, child.birth).getYears();
            assertThat(age).as("mother's age at birth").isBetween(18, 45);
            assertThat(child.birthOrder).isPositive();
            orders.computeIfAbsent(child.mother, m -> new ArrayList<>()).add(child.birthOrder);
        }
        assertThat(orders).hasSizeGreaterThan(15_000);
        for (Map.Entry<Resident, List<Integer>> e : orders.entrySet()) {
            List<Integer> sorted = new ArrayList<>(e.getValue());
            sorted.sort(null);
            for (int i = 1; i < sorted.size(); i++) {
                // twins share a day but not an order; the orders at home have no gap
                assertThat(sorted.get(i)).isEqualTo(sorted.get(i - 1) + 1);
            }
            assertThat(sorted.get(sorted.size() - 1)).isLessThanOrEqualTo(Math.max(e.getKey().births, sorted.size()));
        }
    }

    @Test
    void spouses_married_as_adults_and_their_ages_are_plausible() {
        int couples = 0;
        for (Resident wife : country.persons()) {
            if (!wife.female || wife.spouse == null) {
                continue;
            }
            couples++;
            Resident husband = wife.spouse;
            assertThat(husband.spouse).isSameAs(wife);
            assertThat(Period.between(wife.birth, wife.marriedOn).getYears()).isGreaterThanOrEqualTo(18);
            assertThat(Period.between(husband.birth, wife.marriedOn).getYears()).isGreaterThanOrEqualTo(18);
            assertThat(Math.abs(Period.between(wife.birth, husband.birth).getYears())).isLessThanOrEqualTo(20);
            assertThat(wife.marriedOn).isBefore(REFERENCE_DATE);
        }
        assertThat(couples).isGreaterThan(10_000);
    }

    @Test
    void memberships_are_in_order_and_the_dead_have_left_their_family_on_the_day_they_died() {
        for (Household h : country.households()) {
            assertThat(h.head).isNotNull();
            assertThat(h.current()).contains(h.head);
            assertThat(h.createdOn).isBefore(REFERENCE_DATE);
            for (Resident r : h.members) {
                assertThat(r.memberFrom).isAfterOrEqualTo(r.birth).isBeforeOrEqualTo(REFERENCE_DATE);
                if (r.death != null) {
                    assertThat(r.memberTo).isEqualTo(r.death);
                    assertThat(r.memberTo).isAfterOrEqualTo(r.memberFrom);
                }
            }
            for (Resident lost : h.lostBreadwinners) {
                assertThat(lost.death).isNotNull().isBefore(REFERENCE_DATE);
            }
        }
    }

    @Test
    void incomes_are_never_negative_and_only_the_living_receive_them() {
        for (Resident r : country.persons()) {
            for (Facts.IncomeStream s : r.incomes) {
                assertThat(r.alive()).isTrue();
                for (long amount : s.amounts()) {
                    assertThat(amount).isNotNegative();
                }
            }
            if (r.pension > 0) {
                assertThat(r.pensionAge()).isTrue();
            }
            if (r.studyFrom != null) {
                assertThat(r.age()).isBetween(18, 23);
                assertThat(r.studyTo).isAfter(r.studyFrom);
            }
        }
    }

    @Test
    void a_pregnancy_is_due_within_nine_months_of_the_reference_date() {
        LocalDate last = REFERENCE_DATE.plusDays(Fertility.PREGNANCY_DAYS);
        long pregnant = country.persons().stream().filter(r -> r.dueDate != null).peek(r -> {
            assertThat(r.female).isTrue();
            assertThat(r.alive()).isTrue();
            assertThat(r.dueDate).isAfter(REFERENCE_DATE).isBeforeOrEqualTo(last);
        }).count();
        assertThat(pregnant).isPositive();
    }
}
