package kz.shanyraq.law.labour;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference model (labour-risk-reference.yaml): every hard trigger and every band edge of both scores. The
 * model is ours, not the ministry's; the minimum wage is the law's (85 000 ₸ in 2025, budget law 2025–2027).
 */
class ReferenceModelTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);
    private static final EnterpriseScoring SCORING = EnterpriseScoring.reference();
    /** 100 workers, paid twice the 2025 minimum wage, insured, hazard class 1: nothing to score. */
    private static final EnterpriseFacts QUIET = EnterpriseFacts.quiet(100, 170_000, 1);

    private static ScoreResult tension(EnterpriseFacts f) {
        return SCORING.score(f, DAY).score("social-tension");
    }

    private static ScoreResult safety(EnterpriseFacts f) {
        return SCORING.score(f, DAY).score("occupational-safety");
    }

    @Test
    void the_model_is_labelled_reference_not_the_ministrys() {
        EnterpriseRisk risk = SCORING.score(QUIET, DAY);
        assertThat(risk.modelStatus()).isEqualTo("reference");
        assertThat(SCORING.model().title().en()).contains("not the ministry's");
        assertThat(risk.minimumWage()).isEqualTo(85_000);
    }

    @Test
    void a_quiet_enterprise_is_low_on_both_scores_with_no_trigger() {
        assertThat(tension(QUIET).total()).isZero();
        assertThat(tension(QUIET).band().code()).isEqualTo("low");
        assertThat(tension(QUIET).trigger()).isEmpty();
        assertThat(safety(QUIET).band().code()).isEqualTo("low");
    }

    @Test
    void new_wage_arrears_and_a_missing_insurance_contract_reach_the_high_social_tension_band_at_40_points() {
        ScoreResult s = tension(QUIET.withAccidentInsurance(false).withWageArrears(2_000_000, 30, 1));
        assertThat(s.total()).isEqualTo(40);
        assertThat(s.band().code()).isEqualTo("high");
        assertThat(s.decidedByTrigger()).isFalse();
        assertThat(s.lines()).filteredOn(l -> l.points() > 0).extracting(l -> l.indicator().code())
                .containsExactly("accident-insurance-missing", "wage-arrears");
    }

    @Test
    void social_tension_band_edges_15_low_20_medium_35_medium_40_high() {
        // the average wage a tenge below the minimum wage: 15 points, low
        EnterpriseFacts underpaid = EnterpriseFacts.quiet(100, 84_999, 1);
        assertThat(tension(underpaid).total()).isEqualTo(15);
        assertThat(tension(underpaid).band().code()).isEqualTo("low");
        // at the minimum wage: 5 points (1000 ‰ to 1199 ‰)
        assertThat(tension(EnterpriseFacts.quiet(100, 85_000, 1)).total()).isEqualTo(5);
        // missing insurance alone: 20 points = medium's first point
        assertThat(tension(QUIET.withAccidentInsurance(false)).total()).isEqualTo(20);
        assertThat(tension(QUIET.withAccidentInsurance(false)).band().code()).isEqualTo("medium");
        // underpaid (15) + 3 complaints (10) + agreement expiring in 30 days (5) + turnover 30 of 100 = 300 ‰ (5) = 35
        EnterpriseFacts tense = underpaid.withPartnership(true, 30, true, 3).withStaff(100, 100, 0, 30);
        assertThat(tension(tense).total()).isEqualTo(35);
        assertThat(tension(tense).band().code()).isEqualTo("medium");
        // turnover 60 of 100 = 600 ‰ (10 instead of 5) = 40: high's first point
        EnterpriseFacts tenser = underpaid.withPartnership(true, 30, true, 3).withStaff(100, 100, 0, 60);
        assertThat(tension(tenser).total()).isEqualTo(40);
        assertThat(tension(tenser).band().code()).isEqualTo("high");
        assertThat(tension(tenser).decidedByTrigger()).isFalse();
    }

    @Test
    void a_collective_agreement_expiring_within_90_days_adds_5_points_not_at_90() {
        assertThat(tension(QUIET.withPartnership(true, 89, true, 0)).total()).isEqualTo(5);
        assertThat(tension(QUIET.withPartnership(true, 90, true, 0)).total()).isZero();
    }

    @Test
    void a_strike_of_3_hours_or_more_alone_puts_the_enterprise_in_the_high_band() {
        ScoreResult s = tension(QUIET.withConflicts(1, 1));
        assertThat(s.total()).isEqualTo(20);
        assertThat(s.band().code()).isEqualTo("high");
        assertThat(s.trigger()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("strike"));
        assertThat(s.decidedByTrigger()).isTrue();
    }

    @Test
    void wage_arrears_of_three_months_trigger_the_high_band_two_months_do_not() {
        ScoreResult three = tension(QUIET.withWageArrears(500_000, 5, 3));
        assertThat(three.trigger()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("wage-arrears-three-months"));
        assertThat(three.band().code()).isEqualTo("high");
        ScoreResult two = tension(QUIET.withWageArrears(500_000, 5, 2));
        assertThat(two.trigger()).isEmpty();
        assertThat(two.band().code()).isEqualTo("medium");
    }

    @Test
    void bankruptcy_with_wage_arrears_triggers_the_high_band_bankruptcy_alone_does_not() {
        ScoreResult with = tension(QUIET.withInsolvency(EnterpriseFacts.BANKRUPTCY, 0).withWageArrears(1, 1, 1));
        assertThat(with.trigger()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("bankruptcy-with-wage-arrears"));
        ScoreResult alone = tension(QUIET.withInsolvency(EnterpriseFacts.BANKRUPTCY, 0));
        assertThat(alone.trigger()).isEmpty();
        assertThat(alone.total()).isEqualTo(15);
        ScoreResult rehabilitation = tension(QUIET.withInsolvency(EnterpriseFacts.REHABILITATION, 0).withWageArrears(1, 1, 1));
        assertThat(rehabilitation.trigger()).isEmpty();
    }

    @Test
    void a_fatal_accident_alone_puts_the_enterprise_in_the_high_occupational_safety_band() {
        ScoreResult s = safety(QUIET.withAccidents(1, 1, 0, 0));
        assertThat(s.trigger()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("fatal-accident"));
        assertThat(s.band().code()).isEqualTo("high");
        assertThat(s.decidedByTrigger()).isTrue();
    }

    @Test
    void a_group_accident_alone_puts_the_enterprise_in_the_high_occupational_safety_band() {
        ScoreResult s = safety(QUIET.withAccidents(2, 0, 0, 1));
        assertThat(s.trigger()).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("group-accident"));
        assertThat(s.band().code()).isEqualTo("high");
    }

    @Test
    void occupational_safety_band_edges_24_low_25_medium_44_medium_45_high() {
        // hazard class 5 (20) + not in Vision Zero (5) = 25 → medium
        EnterpriseFacts mining = EnterpriseFacts.quiet(100, 170_000, 5);
        assertThat(safety(mining).total()).isEqualTo(25);
        assertThat(safety(mining).band().code()).isEqualTo("medium");
        // hazard class 4 (15) + not in Vision Zero (5) = 20 → low
        assertThat(safety(EnterpriseFacts.quiet(100, 170_000, 4)).total()).isEqualTo(20);
        assertThat(safety(EnterpriseFacts.quiet(100, 170_000, 4)).band().code()).isEqualTo("low");
        // class 5 + severe accident (15) = 40 + 1 injured per 100 workers = 10 ‰ → 20 points: 60 → high
        ScoreResult severe = safety(mining.withAccidents(1, 0, 1, 0));
        assertThat(severe.total()).isEqualTo(60);
        assertThat(severe.band().code()).isEqualTo("high");
        // class 5 (20) + VZ (5) + 3 violations (5) + overdue prescription (10) = 40 → medium; + missing ОСНС (20) = 60 high
        EnterpriseFacts record = mining.withInspectionRecord(0, 3, 1);
        assertThat(safety(record).total()).isEqualTo(40);
        assertThat(safety(record).band().code()).isEqualTo("medium");
        // + gross violation: 55 → high; 45 is high's first point
        assertThat(safety(record.withInspectionRecord(1, 3, 0)).total()).isEqualTo(45);
        assertThat(safety(record.withInspectionRecord(1, 3, 0)).band().code()).isEqualTo("high");
        assertThat(safety(record.withInspectionRecord(1, 2, 0)).total()).isEqualTo(40);
        assertThat(safety(record.withInspectionRecord(1, 2, 0)).band().code()).isEqualTo("medium");
    }

    @Test
    void an_unreported_wage_gives_no_points_and_says_no_data() {
        EnterpriseFacts unknown = EnterpriseFacts.quiet(100, -1, 1);
        ScoreResult s = tension(unknown);
        ScoreResult.Line wage = s.lines().stream().filter(l -> l.indicator().code().equals("wage-to-minimum")).findFirst().orElseThrow();
        assertThat(wage.value()).isNull();
        assertThat(wage.points()).isZero();
    }

    @Test
    void the_contracts_vs_contributions_gap_is_in_thousandths_of_the_larger_count() {
        ScoreResult s = tension(QUIET.withStaff(100, 80, 0, 0));
        ScoreResult.Line gap = s.lines().stream().filter(l -> l.indicator().code().equals("contracts-vs-contributions")).findFirst().orElseThrow();
        assertThat(gap.value()).isEqualTo(200);
        assertThat(gap.points()).isEqualTo(10);
        assertThat(tension(QUIET.withStaff(70, 100, 0, 0)).lines().stream()
                .filter(l -> l.indicator().code().equals("contracts-vs-contributions")).findFirst().orElseThrow().points()).isEqualTo(20);
    }

    @Test
    void a_day_before_the_model_starts_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SCORING.score(QUIET, LocalDate.of(2023, 12, 31)))
                .hasMessageContaining("no version in force on 2023-12-31");
    }
}
