package kz.shanyraq.law.casework;

import kz.shanyraq.law.casework.ContractSanction.Effect;
import kz.shanyraq.law.casework.ContractSanction.Kind;
import kz.shanyraq.law.casework.ContractSanction.Share;
import kz.shanyraq.law.casework.EmploymentExemption.Reason;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CaseworkRulesTest {

    static final ParameterBook BOOK = ParameterBook.standard();
    static final LocalDate DAY = LocalDate.of(2025, 11, 3);
    static final Law LAW = BOOK.on(DAY);

    static Member member(String id, LocalDate born, Sex sex) {
        return new Member(id, null, born, sex, Relation.HEAD, ResidenceStatus.CITIZEN, null, null, null, null, null,
                null, null, null, false, null);
    }

    static Member with(Member m, Disability d, Study s, Employment e, boolean ill, List<String> caresFor) {
        return new Member(m.id(), m.iin(), m.birthDate(), m.sex(), m.relation(), m.status(), null, null, d, null, null,
                s, e, null, ill, caresFor);
    }

    static Family family(Member... members) {
        return new Family("f", "KZ-59", null, Locality.URBAN, List.of(members), List.of(), List.of(), null, null);
    }

    @Nested
    class Exemptions_from_employment_measures_Law_482_V_art_17 {

        final Member adult = member("m1", LocalDate.of(1990, 1, 1), Sex.FEMALE);

        @Test
        void an_able_bodied_adult_without_any_ground_takes_part() {
            assertThat(EmploymentExemption.of(adult, family(adult), LAW)).isEmpty();
        }

        @Test
        void disability_of_group_two_exempts_and_says_so() {
            Member m = with(adult, new Disability(2, null, LocalDate.of(2020, 1, 1), null, null), null, null, false, null);
            var e = EmploymentExemption.of(m, family(m), LAW).orElseThrow();
            assertThat(e.reason()).isEqualTo(Reason.DISABILITY_GROUP_I_II);
            assertThat(e.why().en()).isEqualTo("disability of group 2");
            assertThat(e.norm()).contains("ст. 17");
        }

        @Test
        void a_full_time_student_is_exempt() {
            Member m = with(adult, null, new Study(LocalDate.of(2023, 9, 1), LocalDate.of(2027, 6, 30)), null, false, null);
            assertThat(EmploymentExemption.of(m, family(m), LAW).orElseThrow().reason()).isEqualTo(Reason.FULL_TIME_STUDENT);
        }

        @Test
        void an_illness_over_two_months_exempts() {
            Member m = with(adult, null, null, null, true, null);
            assertThat(EmploymentExemption.of(m, family(m), LAW).orElseThrow().reason()).isEqualTo(Reason.LONG_ILLNESS);
        }

        @Test
        void the_carer_of_a_six_year_old_is_exempt_but_not_the_carer_of_a_seven_year_old() {
            Member six = member("c6", DAY.minusYears(6), Sex.MALE);
            Member seven = member("c7", DAY.minusYears(7), Sex.MALE);
            Member carerOfSix = with(adult, null, null, null, false, List.of("c6"));
            Member carerOfSeven = with(adult, null, null, null, false, List.of("c7"));

            var e = EmploymentExemption.of(carerOfSix, family(carerOfSix, six), LAW).orElseThrow();
            assertThat(e.reason()).isEqualTo(Reason.CARER);
            assertThat(e.why().en()).isEqualTo("cares for a child under 7 (c6, aged 6)");
            assertThat(EmploymentExemption.of(carerOfSeven, family(carerOfSeven, seven), LAW)).isEmpty();
        }

        @Test
        void the_carer_of_an_elderly_person_over_80_is_exempt_but_not_of_one_aged_80() {
            Member old81 = member("g", DAY.minusYears(81), Sex.MALE);
            Member old80 = member("g", DAY.minusYears(80), Sex.MALE);
            Member carer = with(adult, null, null, null, false, List.of("g"));
            assertThat(EmploymentExemption.of(carer, family(carer, old81), LAW)).isPresent();
            assertThat(EmploymentExemption.of(carer, family(carer, old80), LAW)).isEmpty();
        }

        @Test
        void the_carer_of_a_child_with_disability_is_exempt_whatever_the_childs_age() {
            Member child = with(member("c", DAY.minusYears(12), Sex.MALE),
                    new Disability(null, null, LocalDate.of(2015, 1, 1), null, null), null, null, false, null);
            Member carer = with(adult, null, null, null, false, List.of("c"));
            assertThat(EmploymentExemption.of(carer, family(carer, child), LAW).orElseThrow().why().en())
                    .isEqualTo("cares for a child with disability (c)");
        }

        @Test
        void a_permanently_employed_member_is_exempt() {
            Member m = with(adult, null, null, new Employment(true, null, null), false, null);
            assertThat(EmploymentExemption.of(m, family(m), LAW).orElseThrow().reason())
                    .isEqualTo(Reason.PERMANENTLY_EMPLOYED);
        }
    }

    @Nested
    class Sanctions_Law_246_II_art_4_p_12 {

        final List<Share> family = List.of(
                new Share("father", LocalDate.of(1985, 5, 1), false, 20_000),
                new Share("student", DAY.minusYears(20), true, 20_000),
                new Share("student-over-23", DAY.minusYears(24), true, 20_000),
                new Share("child", DAY.minusYears(10), false, 20_000));

        Map<String, Long> after(ContractSanction.Result r) {
            return r.members().stream().collect(Collectors.toMap(ContractSanction.MemberEffect::memberId,
                    ContractSanction.MemberEffect::after));
        }

        @Test
        void a_first_non_fulfilment_cuts_every_adult_by_half_for_one_month_except_students_under_23() {
            var r = ContractSanction.apply(Kind.FIRST_NON_FULFILMENT, family, LAW);

            assertThat(after(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "father", 10_000L, "student", 20_000L, "student-over-23", 10_000L, "child", 20_000L));
            assertThat(r.months()).isEqualTo(1);
            assertThat(r.norm()).contains("п. 12 ст. 4");
            assertThat(r.before()).isEqualTo(80_000);
            assertThat(r.after()).isEqualTo(60_000);
        }

        @Test
        void a_repeated_non_fulfilment_ends_the_payment_except_for_minors_and_students_under_23() {
            var r = ContractSanction.apply(Kind.REPEATED_NON_FULFILMENT, family, LAW);

            assertThat(after(r)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "father", 0L, "student", 20_000L, "student-over-23", 0L, "child", 20_000L));
            assertThat(r.members()).filteredOn(m -> m.effect() == Effect.ENDED).hasSize(2);
        }

        @Test
        void false_information_ends_the_payment_for_everyone() {
            var r = ContractSanction.apply(Kind.FALSE_INFORMATION, family, LAW);
            assertThat(r.after()).isZero();
        }
    }

    @Nested
    class Deadlines {

        final WorkingDays days = new WorkingDays(BOOK);

        @Test
        void the_contract_is_signed_within_three_working_days_of_the_commission_seed_003() {
            // Friday 5 Dec 2025 → Mon 8, Tue 9, Wed 10 Dec.
            var d = days.deadline("casework.deadline.contract-signature", LocalDate.of(2025, 12, 5));
            assertThat(d.due()).isEqualTo(LocalDate.of(2025, 12, 10));
            assertThat(d.norm().citation()).contains("п. 6 ст. 2");
        }

        @Test
        void working_days_skip_independence_day_and_the_weekend() {
            // Mon 15 Dec 2025 + 1 working day: Tue 16 Dec is Independence Day → Wed 17 Dec.
            assertThat(days.after(LocalDate.of(2025, 12, 15), 1)).isEqualTo(LocalDate.of(2025, 12, 17));
        }

        @Test
        void every_deadline_of_the_case_has_a_start_date_and_either_a_source_or_status_unknown_with_a_note() {
            for (String name : List.of("casework.deadline.registration", "casework.deadline.commission-survey",
                    "casework.deadline.decision", "casework.deadline.contract-signature",
                    "casework.appeal.filing-months", "casework.appeal.answer-working-days",
                    "casework.public-holidays", "casework.movable-holidays")) {
                assertThat(BOOK.parameter(name).versions()).as(name).isNotEmpty().allSatisfy(v -> {
                    assertThat(v.from()).as(name).isNotNull();
                    if (v.status() == kz.shanyraq.law.parameter.SourceStatus.UNKNOWN) {
                        assertThat(v.value()).as(name).isNull();
                        assertThat(v.note()).as(name).isNotBlank();
                    } else {
                        assertThat(v.reference().sources()).as(name).isNotEmpty();
                    }
                });
            }
        }

        @Test
        void the_terms_of_registration_survey_and_decision_have_no_source_so_no_due_date_is_guessed() {
            LocalDate applied = LocalDate.of(2025, 11, 3);
            assertThat(days.deadlineIfKnown("casework.deadline.commission-survey", applied)).isEmpty();
            assertThat(days.deadlineIfKnown("casework.deadline.decision", applied)).isEmpty();
            assertThat(days.deadlineIfKnown("casework.deadline.registration", applied)).isEmpty();
            assertThat(days.deadlineIfKnown("casework.deadline.contract-signature", applied)).isPresent();
        }

        @Test
        void the_republics_days_off_of_law_267_ii_art_5_in_2025_and_before_2022() {
            // New Year, Orthodox Christmas, 8 March, Nauryz, Unity, Defender, Victory, Capital, Constitution,
            // Republic (again from 2022), Independence (one day from 2022).
            for (String day : List.of("2025-01-01", "2025-01-02", "2025-01-07", "2024-03-08", "2025-03-21",
                    "2025-05-01", "2025-05-07", "2025-05-09", "2023-07-06", "2024-08-30", "2024-10-25", "2025-12-16")) {
                LocalDate d = LocalDate.parse(day);
                assertThat(d.getDayOfWeek().getValue()).as(day + " is a weekday").isLessThanOrEqualTo(5);
                assertThat(days.isWorkingDay(d)).as(day).isFalse();
            }
            assertThat(days.isWorkingDay(LocalDate.of(2025, 12, 1))).isTrue();
            assertThat(days.isWorkingDay(LocalDate.of(2025, 12, 17))).isTrue();
            assertThat(days.isWorkingDay(LocalDate.of(2020, 12, 1))).isFalse();
            assertThat(days.isWorkingDay(LocalDate.of(2020, 12, 17))).isFalse();
            assertThat(days.isWorkingDay(LocalDate.of(2021, 10, 25))).isTrue();
        }

        @Test
        void nauryz_and_the_first_day_of_kurban_ait_are_days_off() {
            assertThat(days.isWorkingDay(LocalDate.of(2026, 3, 23))).isFalse();
            assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse();
            assertThat(days.isWorkingDay(LocalDate.of(2026, 5, 28))).isTrue();
        }
    }

    @Test
    void a_familys_amount_is_shared_among_its_members_and_the_applicant_takes_the_remainder() {
        assertThat(MemberShares.of(100_001, 4)).containsExactly(25_001L, 25_000L, 25_000L, 25_000L);
    }
}
