package kz.shanyraq.law.employment;

import kz.shanyraq.law.benefit.resettlement.RelocationSubsidy;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.employment.CheckIns.Standing;
import kz.shanyraq.law.employment.Deregistration.Ground;
import kz.shanyraq.law.employment.MeasureEligibility.Participant;
import kz.shanyraq.law.employment.Registration.Applicant;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EmploymentRulesTest {

    static final ParameterBook BOOK = ParameterBook.standard();
    /** Monday 3 November 2025. */
    static final LocalDate DAY = LocalDate.of(2025, 11, 3);
    static final Law LAW = BOOK.on(DAY);
    static final WorkingDays DAYS = new WorkingDays(BOOK);

    static Applicant applicant(LocalDate born, Sex sex) {
        return new Applicant(born, sex, false, false, null, null);
    }

    @Nested
    class Refusals_of_registration_Law_482_V_art_14 {

        @Test
        void a_person_under_sixteen_is_refused_art_14_pp_1() {
            assertThat(Registration.refusal(applicant(DAY.minusYears(16).plusDays(1), Sex.FEMALE), LAW))
                    .hasValueSatisfying(r -> {
                        assertThat(r.ground()).isEqualTo(Registration.Ground.UNDER_MIN_AGE);
                        assertThat(r.figure()).isEqualTo("16");
                        assertThat(r.norm().citation()).contains("482-V").contains("ст. 14");
                    });
            assertThat(Registration.refusal(applicant(DAY.minusYears(16), Sex.FEMALE), LAW)).isEmpty();
        }

        @Test
        void a_person_working_under_an_employment_contract_is_refused_art_14_pp_2() {
            Applicant a = new Applicant(DAY.minusYears(30), Sex.MALE, true, false, null, null);
            assertThat(Registration.refusal(a, LAW)).hasValueSatisfying(r -> {
                assertThat(r.ground()).isEqualTo(Registration.Ground.EMPLOYED);
                assertThat(r.norm().citation()).contains("ст. 14, пп. 2");
            });
        }

        @Test
        void a_man_of_63_has_reached_the_pension_age_and_is_refused_art_14_pp_3_pension_law_art_11() {
            assertThat(Registration.refusal(applicant(DAY.minusYears(63), Sex.MALE), LAW))
                    .hasValueSatisfying(r -> {
                        assertThat(r.ground()).isEqualTo(Registration.Ground.PENSION_AGE);
                        assertThat(r.figure()).isEqualTo("63");
                        assertThat(r.norm().parameter()).isEqualTo("asp.able-bodied.pension-age");
                    });
            assertThat(Registration.refusal(applicant(DAY.minusYears(63).plusDays(1), Sex.MALE), LAW)).isEmpty();
        }

        @Test
        void a_woman_of_61_in_2025_has_reached_the_pension_age_and_one_of_60_has_not_art_14_pp_3() {
            assertThat(Registration.refusal(applicant(DAY.minusYears(61), Sex.FEMALE), LAW))
                    .hasValueSatisfying(r -> assertThat(r.ground()).isEqualTo(Registration.Ground.PENSION_AGE));
            assertThat(Registration.refusal(applicant(DAY.minusYears(60), Sex.FEMALE), LAW)).isEmpty();
        }

        @Test
        void knowingly_false_information_is_refused_art_14_pp_4() {
            Applicant a = new Applicant(DAY.minusYears(30), Sex.MALE, false, true, null, null);
            assertThat(Registration.refusal(a, LAW)).hasValueSatisfying(r -> {
                assertThat(r.ground()).isEqualTo(Registration.Ground.FALSE_INFORMATION);
                assertThat(r.norm().citation()).contains("пп. 4");
            });
        }

        @Test
        void registering_again_within_30_days_of_a_de_registration_for_a_missed_check_in_is_refused_art_16_p_2() {
            Applicant soon = new Applicant(DAY.minusYears(30), Sex.MALE, false, false, DAY.minusDays(29),
                    Ground.MISSED_CHECK_IN);
            Applicant later = new Applicant(DAY.minusYears(30), Sex.MALE, false, false, DAY.minusDays(30),
                    Ground.MISSED_CHECK_IN);
            Applicant convicted = new Applicant(DAY.minusYears(30), Sex.MALE, false, false, DAY.minusDays(5),
                    Ground.CONVICTED);
            assertThat(Registration.refusal(soon, LAW)).hasValueSatisfying(r -> {
                assertThat(r.ground()).isEqualTo(Registration.Ground.RE_REGISTRATION_TOO_SOON);
                assertThat(r.norm().citation()).contains("п. 2 ст. 16");
            });
            assertThat(Registration.refusal(later, LAW)).isEmpty();
            assertThat(Registration.refusal(convicted, LAW)).isEmpty();
        }
    }

    @Nested
    class Timeline_Law_482_V_art_13 {

        @Test
        void suitable_work_is_due_within_10_working_days_and_the_person_is_told_after_10_calendar_days() {
            // Monday 3 Nov 2025 + 10 working days = Monday 17 Nov (no holiday in between).
            Registration.Timeline t = Registration.timeline(DAY, DAYS, LAW);
            assertThat(t.offerDue().due()).isEqualTo(LocalDate.of(2025, 11, 17));
            assertThat(t.offerDue().norm().citation()).contains("ст. 13");
            assertThat(t.informOn()).isEqualTo(LocalDate.of(2025, 11, 13));
            assertThat(Registration.unemployedDecisionDue(t, false, LocalDate.of(2025, 11, 17))).isFalse();
            assertThat(Registration.unemployedDecisionDue(t, false, LocalDate.of(2025, 11, 18))).isTrue();
            assertThat(Registration.unemployedDecisionDue(t, true, LocalDate.of(2025, 11, 18))).isFalse();
        }

        @Test
        void the_ten_working_days_skip_the_public_holidays_of_december() {
            // Tue 9 Dec 2025: 16 Dec is Independence Day, so the 10th working day is Wed 24 Dec.
            Registration.Timeline t = Registration.timeline(LocalDate.of(2025, 12, 9), DAYS, LAW);
            assertThat(t.offerDue().due()).isEqualTo(LocalDate.of(2025, 12, 24));
        }
    }

    @Nested
    class Check_ins_Law_482_V_art_13 {

        @Test
        void a_job_seeker_checks_in_within_3_working_days() {
            // Thursday 6 Nov → Tuesday 11 Nov.
            assertThat(CheckIns.due(Standing.JOB_SEEKER, false, LocalDate.of(2025, 11, 6), DAYS, LAW).due())
                    .isEqualTo(LocalDate.of(2025, 11, 11));
        }

        @Test
        void an_unemployed_person_checks_in_within_10_working_days_or_monthly_at_the_rural_akimat() {
            assertThat(CheckIns.due(Standing.UNEMPLOYED, false, DAY, DAYS, LAW).due())
                    .isEqualTo(LocalDate.of(2025, 11, 17));
            CheckIns.Due rural = CheckIns.due(Standing.UNEMPLOYED, true, DAY, DAYS, LAW);
            assertThat(rural.due()).isEqualTo(LocalDate.of(2025, 12, 3));
            assertThat(rural.place()).isEqualTo("akimat");
        }
    }

    @Nested
    class De_registration_Law_482_V_art_16_p_1 {

        @Test
        void the_second_refused_offer_of_suitable_work_closes_the_registration_art_16_p_1_pp_1() {
            assertThat(Deregistration.afterRefusals(1, LAW)).isEmpty();
            assertThat(Deregistration.afterRefusals(2, LAW)).hasValueSatisfying(c -> {
                assertThat(c.ground()).isEqualTo(Ground.REFUSED_TWO_OFFERS);
                assertThat(c.norm().citation()).contains("пп. 1 п. 1 ст. 16");
            });
        }

        @Test
        void no_show_within_5_working_days_of_a_referral_closes_the_registration_art_16_p_1_pp_2() {
            LocalDate issued = DAY; // 5 working days → Monday 10 Nov
            assertThat(Deregistration.afterReferral(issued, false, LocalDate.of(2025, 11, 10), DAYS, LAW)).isEmpty();
            assertThat(Deregistration.afterReferral(issued, false, LocalDate.of(2025, 11, 11), DAYS, LAW))
                    .hasValueSatisfying(c -> assertThat(c.ground()).isEqualTo(Ground.NO_SHOW_AFTER_REFERRAL));
            assertThat(Deregistration.afterReferral(issued, true, LocalDate.of(2025, 11, 11), DAYS, LAW)).isEmpty();
        }

        @Test
        void no_show_within_3_working_days_of_a_call_to_an_active_measure_closes_the_registration_art_16_p_1_pp_2() {
            assertThat(Deregistration.afterCall(DAY, false, LocalDate.of(2025, 11, 6), DAYS, LAW)).isEmpty();
            assertThat(Deregistration.afterCall(DAY, false, LocalDate.of(2025, 11, 7), DAYS, LAW))
                    .hasValueSatisfying(c -> assertThat(c.ground()).isEqualTo(Ground.NO_SHOW_AFTER_CALL));
        }

        @Test
        void a_missed_check_in_without_good_reason_closes_the_registration_art_16_p_1_pp_3() {
            CheckIns.Due due = CheckIns.due(Standing.JOB_SEEKER, false, DAY, DAYS, LAW); // Thu 6 Nov
            assertThat(Deregistration.afterCheckIn(due, false, LocalDate.of(2025, 11, 6), LAW)).isEmpty();
            assertThat(Deregistration.afterCheckIn(due, true, LocalDate.of(2025, 11, 7), LAW)).isEmpty();
            assertThat(Deregistration.afterCheckIn(due, false, LocalDate.of(2025, 11, 7), LAW))
                    .hasValueSatisfying(c -> {
                        assertThat(c.ground()).isEqualTo(Ground.MISSED_CHECK_IN);
                        assertThat(c.norm().citation()).contains("пп. 3");
                    });
        }

        @Test
        void leaving_an_active_measure_on_ones_own_closes_the_registration_art_16_p_1_pp_2() {
            assertThat(Deregistration.established(Ground.LEFT_ACTIVE_MEASURE, DAY, LAW).norm().citation())
                    .contains("п. 1 ст. 16, пп. 2");
            assertThat(Ground.LEFT_ACTIVE_MEASURE.waitsBeforeRegisteringAgain()).isTrue();
        }

        @Test
        void imprisonment_or_compulsory_treatment_closes_the_registration_art_16_p_1_pp_4() {
            assertThat(Deregistration.established(Ground.CONVICTED, DAY, LAW).norm().citation()).contains("пп. 4");
            assertThat(Ground.CONVICTED.waitsBeforeRegisteringAgain()).isFalse();
        }

        @Test
        void the_ground_of_art_15_p_2_pp_4_closes_the_registration_art_16_p_1_pp_5() {
            assertThat(Deregistration.established(Ground.ART_15_GROUND, DAY, LAW).norm().citation()).contains("пп. 5");
        }

        @Test
        void false_or_forged_documents_close_the_registration_art_16_p_1_pp_6() {
            assertThat(Deregistration.established(Ground.FALSE_DOCUMENTS, DAY, LAW).norm().citation()).contains("пп. 6");
        }
    }

    @Nested
    class Active_measures_Law_482_V_art_1_pp_16_and_Program_2017_2021 {

        static Participant person(LocalDate born, boolean unemployed, LocalDate graduated, boolean disabled) {
            return new Participant(born, unemployed, !unemployed, false, false, graduated, disabled);
        }

        @Test
        void youth_practice_takes_unemployed_graduates_of_the_last_3_years_aged_29_or_younger() {
            Participant young = person(DAY.minusYears(24), true, DAY.minusYears(1), false);
            Participant old = person(DAY.minusYears(30), true, DAY.minusYears(1), false);
            Participant longAgo = person(DAY.minusYears(26), true, DAY.minusYears(4), false);
            assertThat(MeasureEligibility.check(ActiveMeasure.YOUTH_PRACTICE, young, LAW)).isEmpty();
            assertThat(MeasureEligibility.check(ActiveMeasure.YOUTH_PRACTICE, old, LAW)).isPresent();
            assertThat(MeasureEligibility.check(ActiveMeasure.YOUTH_PRACTICE, longAgo, LAW))
                    .hasValueSatisfying(n -> assertThat(n.norm().parameter())
                            .isEqualTo("employment.youth-practice.graduated-within-years"));
        }

        @Test
        void social_jobs_and_public_works_are_for_the_unemployed_and_special_jobs_for_persons_with_disability() {
            Participant seeker = person(DAY.minusYears(40), false, null, false);
            assertThat(MeasureEligibility.check(ActiveMeasure.SOCIAL_JOBS, seeker, LAW)).isPresent();
            assertThat(MeasureEligibility.check(ActiveMeasure.PUBLIC_WORKS, seeker, LAW)).isPresent();
            assertThat(MeasureEligibility.check(ActiveMeasure.SPECIAL_JOBS, seeker, LAW)).isPresent();
            assertThat(MeasureEligibility.check(ActiveMeasure.SPECIAL_JOBS, person(DAY.minusYears(40), true, null, true),
                    LAW)).isEmpty();
            assertThat(MeasureEligibility.check(ActiveMeasure.VOLUNTARY_RESETTLEMENT, seeker, LAW)).isEmpty();
        }

        @Test
        void each_measure_gives_its_duration_and_payment_or_says_the_law_gives_them_elsewhere() {
            assertThat(MeasureEligibility.terms(ActiveMeasure.SOCIAL_JOBS, LAW))
                    .anySatisfy(t -> {
                        assertThat(t.parameter()).isEqualTo("employment.social-jobs.months");
                        assertThat(t.value().toString()).isEqualTo("12");
                    })
                    .anySatisfy(t -> {
                        assertThat(t.parameter()).isEqualTo("employment.social-jobs.subsidy");
                        assertThat(t.known()).isFalse();
                    });
            assertThat(MeasureEligibility.terms(ActiveMeasure.YOUTH_PRACTICE, LAW))
                    .anySatisfy(t -> assertThat(t.value().toString()).isEqualTo("6"));
            for (ActiveMeasure m : ActiveMeasure.values()) {
                assertThat(MeasureEligibility.terms(m, LAW)).as(m.code()).isNotEmpty();
            }
        }

        @Test
        void voluntary_resettlement_is_paid_by_the_law_engines_relocation_subsidy_70_mrp_per_member_seed_001() {
            assertThat(ActiveMeasure.VOLUNTARY_RESETTLEMENT.parameters()).contains("relocation-subsidy.coefficient");
            assertThat(LAW.number("relocation-subsidy.coefficient", "between-regions").intValue()).isEqualTo(70);
            assertThat(Measures.byId(RelocationSubsidy.ID)).isPresent();
        }
    }

    @Nested
    class Economic_mobility_certificate_seed_001 {

        @Test
        void half_of_the_cost_of_housing_up_to_4_56_million_tenge_per_family_once() {
            assertThat(MobilityCertificate.of("KZ-59", true, false, 6_000_000, LAW).amount()).isEqualTo(3_000_000);
            assertThat(MobilityCertificate.of("KZ-59", true, false, 12_000_000, LAW).amount()).isEqualTo(4_560_000);
            assertThat(MobilityCertificate.of("KZ-59", true, true, 6_000_000, LAW).granted()).isFalse();
            assertThat(MobilityCertificate.of("KZ-59", false, false, 6_000_000, LAW).granted()).isFalse();
            assertThat(MobilityCertificate.of("KZ-61", true, false, 6_000_000, LAW).granted()).isFalse();
        }
    }
}
