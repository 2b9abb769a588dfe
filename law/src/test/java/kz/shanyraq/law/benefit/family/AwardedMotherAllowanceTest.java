package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.InvalidInputException;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static kz.shanyraq.law.family.FamilyFixtures.family;
import static kz.shanyraq.law.family.FamilyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AwardedMotherAllowanceTest {

    private final AwardedMotherAllowance measure = new AwardedMotherAllowance();
    private final LocalDate day = LocalDate.of(2025, 6, 1);

    private static Law on(LocalDate day) {
        return ParameterBook.standard().on(day);
    }

    private Decision ask(LocalDate day, String award) {
        Inputs inputs = Inputs.parse(measure.id(), measure.inputs(), Map.of("award", award));
        return measure.calculate(inputs, on(day), true);
    }

    private long amount(LocalDate day, String award) {
        return ((Entitlement) ask(day, award)).amount();
    }

    @Test
    void kumis_alka_2025_is_25_165_and_altyn_alka_29_097_as_published_seed_000() {
        assertThat(amount(day, "kumis-alka")).isEqualTo(25_165);
        assertThat(amount(day, "altyn-alka")).isEqualTo(29_097);
    }

    @Test
    void follows_the_mrp_change_of_1_january_2025_and_the_7_40_rate_of_1_july_2023_gfss_1_2023_1() {
        assertThat(amount(LocalDate.of(2023, 6, 30), "altyn-alka")).isEqualTo(22_080); // 6.40 × 3 450 = 22 080
        assertThat(amount(LocalDate.of(2023, 7, 1), "altyn-alka")).isEqualTo(25_530); // 7.40 × 3 450 = 25 530
        assertThat(amount(LocalDate.of(2024, 1, 1), "altyn-alka")).isEqualTo(27_321); // 7.40 × 3 692 = 27 320.8
        assertThat(amount(LocalDate.of(2024, 12, 31), "kumis-alka")).isEqualTo(23_629); // 6.40 × 3 692 = 23 628.8
        assertThat(amount(LocalDate.of(2025, 1, 1), "kumis-alka")).isEqualTo(25_165);
    }

    @Test
    void an_award_other_than_the_two_pendants_is_not_a_key_of_the_direct_question() {
        assertThatThrownBy(() -> Inputs.parse(measure.id(), measure.inputs(), Map.of("award", "mother-heroine")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kumis-alka, altyn-alka");
    }

    @Test
    void a_mother_heroine_is_paid_at_the_altyn_alka_rate() {
        Family f = family("F").with(member("mother").born(1960, 1, 1).head()
                .awarded(AwardKind.MOTHER_HEROINE, LocalDate.of(1995, 3, 8))).build();

        Entitlement e = (Entitlement) measure.evaluate(f, on(day), true).get(0);
        assertThat(e.beneficiary()).isEqualTo("mother");
        assertThat(e.amount()).isEqualTo(29_097);
    }

    @Test
    void a_mother_with_kumis_alka_and_later_maternal_glory_ii_is_paid_at_the_higher_rate() {
        Family f = family("F").with(member("mother").born(1960, 1, 1).head()
                .awarded(AwardKind.KUMIS_ALKA, LocalDate.of(2010, 3, 8))
                .awarded(AwardKind.MATERNAL_GLORY_2, LocalDate.of(2015, 3, 8))).build();

        assertThat(((Entitlement) measure.evaluate(f, on(day), false).get(0)).amount()).isEqualTo(29_097);
    }

    @Test
    void an_award_given_after_the_day_does_not_count_yet() {
        Family f = family("F").with(member("mother").born(1980, 1, 1).head()
                .awarded(AwardKind.KUMIS_ALKA, LocalDate.of(2020, 3, 8))
                .awarded(AwardKind.ALTYN_ALKA, LocalDate.of(2025, 12, 1))).build();

        List<Decision> decisions = measure.evaluate(f, on(day), false);
        assertThat(((Entitlement) decisions.get(0)).amount()).isEqualTo(25_165);
    }

    @Test
    void a_mother_not_permanently_resident_is_refused_and_members_without_awards_get_no_decision() {
        Family f = family("F").with(
                member("mother").born(1970, 1, 1).head().nonResident().awarded(AwardKind.ALTYN_ALKA, LocalDate.of(2010, 3, 8)),
                member("daughter").born(1995, 1, 1)).build();

        List<Decision> decisions = measure.evaluate(f, on(day), false);
        assertThat(decisions).hasSize(1);
        assertThat(((Refusal) decisions.get(0)).condition()).isEqualTo("resident");
    }
}
