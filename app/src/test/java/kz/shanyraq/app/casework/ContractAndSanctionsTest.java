package kz.shanyraq.app.casework;

import kz.shanyraq.app.registry.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractAndSanctionsTest extends CaseworkTestSupport {

    @Test
    void the_mother_caring_for_a_child_under_seven_is_exempt_from_employment_measures_and_the_reason_is_shown() {
        long id = approvedConditional(applied());

        List<Contracts.MemberDuty> duties = contracts.duties(id, applied());

        assertThat(duties).filteredOn(d -> d.memberId().equals("5002")).singleElement()
                .satisfies(d -> assertThat(d.exemption().why().en()).startsWith("cares for a child under 7"));
        assertThat(duties).filteredOn(d -> d.memberId().equals("5001")).singleElement()
                .satisfies(d -> assertThat(d.exemption()).isNull());
    }

    @Test
    void an_employment_measure_for_an_exempt_member_is_refused_naming_the_field_and_nothing_is_written() {
        LocalDate on = applied();
        long id = approvedConditional(on);

        assertThatThrownBy(() -> contracts.conclude(CONSULTANT, id, new Contracts.Conclusion(on.plusDays(4), "monthly",
                List.of(new Contracts.NewActivity("5001", "public-works", on.plusDays(10), "consultant"),
                        new Contracts.NewActivity("5002", "social-job", on.plusDays(10), "consultant")))))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining("exempt")
                .extracting(e -> ((InvalidCaseInputException) e).field()).isEqualTo("plan[1].measure");
        assertThat(state(id)).isEqualTo("contract-pending");
        assertThat(contracts.contract(id)).isEmpty();
    }

    @Test
    void a_plan_without_an_employment_measure_for_the_able_bodied_father_is_refused() {
        LocalDate on = applied();
        long id = approvedConditional(on);

        assertThatThrownBy(() -> contracts.conclude(CONSULTANT, id, new Contracts.Conclusion(on.plusDays(4), "monthly",
                List.of(new Contracts.NewActivity("5002", "screening", on.plusDays(10), "assistant")))))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining("member 5001");
    }

    @Test
    void the_contract_opens_the_conditional_assignment_for_six_months() {
        LocalDate on = applied();
        long id = underContract(on);

        CaseFile f = files.open(CONSULTANT, id);
        assertThat(f.state()).isEqualTo(CaseState.UNDER_CONTRACT);
        assertThat(f.assignment().form()).isEqualTo("conditional");
        assertThat(f.assignment().firstMonth()).isEqualTo(YearMonth.from(on));
        assertThat(f.assignment().lastMonth()).isEqualTo(YearMonth.from(on).plusMonths(5));
        assertThat(f.assignment().monthlyAmount()).isEqualTo(f.openDecision().monthlyAmount()
                + f.openDecision().childSupplement());
        assertThat(f.plan()).hasSize(2);
    }

    @Test
    void a_first_missed_activity_cuts_the_adults_by_half_for_one_month_and_a_repeat_after_that_month_ends_their_payment() {
        LocalDate on = applied();
        long id = underContract(on);
        long training = activity(id, "vocational-training");
        contracts.recordFulfilment(ASSISTANT, id, training, "missed", "did not come to the course");
        CaseFile f = files.open(CONSULTANT, id);
        long assigned = f.assignment().monthlyAmount();
        long adultShare = f.openDecision().shares().stream().filter(s -> s.memberId().equals("5001"))
                .findFirst().orElseThrow().amount();
        long motherShare = f.openDecision().shares().stream().filter(s -> s.memberId().equals("5002"))
                .findFirst().orElseThrow().amount();

        LocalDate first = on.plusDays(10);
        Sanctions.Sanction cut = sanctions.establish(CONSULTANT, id, "non-fulfilment", training, first);

        YearMonth cutMonth = YearMonth.from(first).plusMonths(1);
        assertThat(cut.kind()).isEqualTo("first-non-fulfilment");
        assertThat(cut.firstMonth()).isEqualTo(cutMonth);
        assertThat(cut.lastMonth()).isEqualTo(cutMonth);
        assertThat(cut.amountAfter()).isEqualTo(assigned - Math.round(adultShare / 2.0) - Math.round(motherShare / 2.0));
        assertThat(cut.norm()).contains("п. 12 ст. 4");
        long assignment = f.assignment().id();
        assertThat(amountFor(assignment, cutMonth)).isEqualTo(cut.amountAfter());
        assertThat(amountFor(assignment, cutMonth.plusMonths(1))).isEqualTo(assigned);

        long screening = activity(id, "screening");
        contracts.recordFulfilment(ASSISTANT, id, screening, "missed", "did not go to the screening");
        assertThatThrownBy(() -> sanctions.establish(CONSULTANT, id, "non-fulfilment", screening, cutMonth.atDay(15)))
                .isInstanceOf(CaseRefusedException.class).hasMessageContaining("only after that month");

        Sanctions.Sanction repeat = sanctions.establish(CONSULTANT, id, "non-fulfilment", screening,
                cutMonth.plusMonths(1).atDay(2));

        assertThat(repeat.kind()).isEqualTo("repeated-non-fulfilment");
        assertThat(repeat.amountAfter()).isEqualTo(assigned - adultShare - motherShare);
        assertThat(state(id)).isEqualTo("terminated");
        assertThat(contracts.contract(id).orElseThrow().status()).isEqualTo("terminated");
        assertThat(amountFor(assignment, cutMonth.plusMonths(2))).isEqualTo(repeat.amountAfter());
    }

    @Test
    void a_sanction_on_unconditional_aid_is_refused_and_changes_nothing() {
        LocalDate on = applied();
        long id = underContract(on);
        jdbc.sql("update aid_assignment set form = 'unconditional' where case_id = :c").param("c", id).update();

        assertThatThrownBy(() -> sanctions.establish(CONSULTANT, id, "false-information", null, on.plusDays(10)))
                .isInstanceOf(CaseRefusedException.class).hasMessageContaining("unconditional")
                .extracting(e -> ((CaseRefusedException) e).reason()).isEqualTo("unconditional-assignment");
        assertThat(sanctions.ofCase(id)).isEmpty();
    }

    @Test
    void false_information_ends_the_contract_and_the_payment_and_records_what_was_paid_as_a_debt() {
        LocalDate on = applied();
        long id = underContract(on);
        long assignment = files.open(CONSULTANT, id).assignment().id();
        payroll.build("test", YearMonth.from(on), "KZ-61");
        long paid = jdbc.sql("select sum(amount) from payroll_line where assignment_id = :a").param("a", assignment)
                .query(Long.class).single();

        Sanctions.Sanction s = sanctions.establish(CONSULTANT, id, "false-information", null, on.plusDays(20));

        assertThat(s.debt()).isEqualTo(paid);
        assertThat(state(id)).isEqualTo("terminated");
        assertThat(jdbc.sql("select status from aid_assignment where id = :a").param("a", assignment)
                .query(String.class).single()).isEqualTo("ended");
    }

    @Test
    void an_upheld_appeal_of_a_sanction_annuls_it_and_the_full_amount_is_paid_again() {
        LocalDate on = applied();
        long id = underContract(on);
        long training = activity(id, "vocational-training");
        contracts.recordFulfilment(ASSISTANT, id, training, "missed", null);
        Sanctions.Sanction cut = sanctions.establish(CONSULTANT, id, "non-fulfilment", training, on.plusDays(10));
        long assignment = files.open(CONSULTANT, id).assignment().id();

        long appeal = appeals.file(CONSULTANT, id, "sanction", cut.id(), on.plusDays(12), "the father was in hospital");
        assertThat(appeals.appeal(appeal).answerDue()).isAfter(on.plusDays(12));
        appeals.answer(OFFICER, appeal, true, "hospital certificate confirmed");

        assertThat(sanctions.sanction(cut.id()).status()).isEqualTo("annulled");
        assertThat(amountFor(assignment, cut.firstMonth())).isEqualTo(cut.amountBefore());
    }

    @Test
    void an_assistant_of_the_district_records_visits_and_sees_them_due_in_the_work_list() {
        long id = underContract(applied());
        contracts.recordVisit(ASSISTANT, id, today().minusDays(40), "the father attends the course");

        assertThat(worklist.of(ASSISTANT.user())).anySatisfy(i -> {
            assertThat(i.caseId()).isEqualTo(id);
            assertThat(i.task()).isEqualTo("visit");
            assertThat(i.due()).isEqualTo(today().minusDays(10));
            assertThat(i.overdue()).isTrue();
        });
    }

    @Test
    void a_new_job_in_the_family_recalculates_the_amount_from_the_next_month_with_the_explanation() {
        LocalDate on = applied();
        long id = underContract(on);
        long assignment = files.open(CONSULTANT, id).assignment().id();
        long before = amountFor(assignment, YearMonth.from(on).plusMonths(2));
        // The registry learns of the mother's new job (as a life event would write it).
        for (int back = 1; back <= 12; back++) {
            jdbc.sql("insert into income (person_id, month, type, source, amount) values (5002, :m, 'wage', "
                    + "'casework-test', 900000)").param("m", YearMonth.from(today()).minusMonths(back).atDay(1)).update();
        }
        Recalculations.Recalculation r;
        try {
            r = recalculations.recalculate(CONSULTANT, id, on.plusMonths(1), "the mother took a job");
        } finally {
            jdbc.sql("delete from income where source = 'casework-test'").update();
        }

        assertThat(r.from()).isEqualTo(YearMonth.from(on).plusMonths(2));
        assertThat(r.before()).isEqualTo(before);
        assertThat(r.after()).isZero();
        assertThat(r.explanation()).contains("the mother took a job").contains("no longer entitled");
        assertThat(amountFor(assignment, r.from())).isEqualTo(r.after());
        assertThat(amountFor(assignment, r.from().minusMonths(1))).isEqualTo(before);
    }

    private long amountFor(long assignment, YearMonth month) {
        return jdbc.sql("""
                        select coalesce((select ch.amount from aid_amount_change ch
                                         where ch.assignment_id = a.id and not ch.revoked and ch.from_month <= :m
                                           and (ch.to_month is null or ch.to_month >= :m)
                                         order by ch.from_month desc, ch.id desc limit 1), a.monthly_amount)
                        from aid_assignment a where a.id = :a""")
                .param("a", assignment).param("m", month.atDay(1)).query(Long.class).single();
    }
}
