package kz.shanyraq.app.casework;

import kz.shanyraq.app.familycard.AccessRefusedException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationAndDecisionTest extends CaseworkTestSupport {

    @Test
    void a_consultant_registers_an_application_prefilled_from_the_registry_without_guessing_terms_the_law_does_not_give() {
        LocalDate on = applied();
        long id = registerFamily5(on);

        CaseFile f = files.open(CONSULTANT, id);
        assertThat(f.state()).isEqualTo(CaseState.REGISTERED);
        assertThat(f.members()).extracting(CaseFile.FamilyMember::memberId)
                .containsExactly("5001", "5002", "5003", "5004", "5005");
        // The survey's and the decision's terms have no source here (status unknown in casework.yaml): no date is
        // guessed; the contract's 3 working days (seed 003) are set when the decision is approved.
        assertThat(f.surveyDue()).isNull();
        assertThat(f.decisionDue()).isNull();
        assertThat(f.history()).extracting(CaseFile.HistoryLine::action).containsExactly("register");
        System.out.println("CASE " + f);
    }

    @Test
    void a_decision_without_the_commissions_conclusion_is_refused_and_changes_nothing() {
        long id = registerFamily5(applied());

        assertThatThrownBy(() -> decisions.prepare(CONSULTANT, id))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("no conclusion of the district commission")
                .extracting(e -> ((CaseRefusedException) e).reason()).isEqualTo("no-commission-conclusion");
        assertThat(state(id)).isEqualTo("registered");
        assertThat(jdbc.sql("select count(*) from aid_decision where case_id = :c").param("c", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_law_decides_on_the_corrected_family_and_the_registry_is_not_changed() {
        LocalDate on = applied();
        long id = surveyed(on);
        YearMonth month = YearMonth.from(on).minusMonths(2);
        long registryIncomeRows = jdbc.sql("select count(*) from income").query(Long.class).single();

        applications.correct(CONSULTANT, id, new Applications.NewCorrection("income", "5001", month,
                "wage", 0L, "the employer paid nothing that month (certificate)"));
        long decision = decisions.prepare(CONSULTANT, id);

        CaseFile f = files.open(CONSULTANT, id);
        assertThat(f.corrections()).singleElement().satisfies(c -> {
            assertThat(c.correctedBy()).isEqualTo("consultant.turkestan");
            assertThat(c.reason()).contains("certificate");
            assertThat(c.correctedValue()).isZero();
        });
        assertThat(f.openDecision().id()).isEqualTo(decision);
        assertThat(jdbc.sql("select count(*) from income").query(Long.class).single()).isEqualTo(registryIncomeRows);
        System.out.println("DECISION " + f.openDecision());
    }

    @Test
    void the_preparer_cannot_approve_and_a_consultant_is_not_a_checker() {
        long id = surveyed(applied());
        decisions.prepare(CONSULTANT, id);

        assertThatThrownBy(() -> decisions.approve(CONSULTANT, id, null, null))
                .isInstanceOf(CaseRefusedException.class).hasMessageContaining("department-officer");
        assertThat(state(id)).isEqualTo("decision-prepared");
    }

    @Test
    void a_consultant_of_another_region_is_refused_and_the_refusal_is_audited() {
        long id = registerFamily5(applied());
        long before = auditRows();

        assertThatThrownBy(() -> files.open(NORTH_CONSULTANT, id)).isInstanceOf(AccessRefusedException.class);
        assertThat(auditRows()).isEqualTo(before + 1);
    }

    @Test
    void a_proactive_invitation_becomes_an_application_of_the_invited_person_linked_to_the_offer() {
        noOpenCaseOfFamily5();
        long offer = jdbc.sql("""
                        insert into offer (family_id, measure, kind, beneficiary, recipient_id, phone, period_from,
                                           payment, amount, explanation, expires_on)
                        values (5, 'targeted-social-assistance', 'invitation', '5', 5002, '+77011234567',
                                current_date - (floor(random() * 100000))::int, 'MONTHLY', 90000, 'test', current_date + 30)
                        returning id""").query(Long.class).single();

        try {
            long id = applications.fromInvitation(CONSULTANT, offer, IBAN);

            CaseFile f = files.open(CONSULTANT, id);
            assertThat(f.channel()).isEqualTo("proactive-offer");
            assertThat(f.applicantId()).isEqualTo(5002);
            assertThatThrownBy(() -> applications.fromInvitation(CONSULTANT, offer, IBAN))
                    .isInstanceOf(CaseRefusedException.class).hasMessageContaining("already case " + id);
        } finally {
            // The proactive tests count the offers of the demo families.
            jdbc.sql("delete from offer where id = :o").param("o", offer).update();
        }
    }

    @Test
    void the_published_figures_hide_counts_of_one_to_four() {
        assertThat(CaseFigures.shown(0)).isZero();
        assertThat(CaseFigures.shown(3)).isNull();
        assertThat(CaseFigures.shown(5)).isEqualTo(5);
        registerFamily5(applied());
        var rows = figures.of(officer("analyst", kz.shanyraq.app.security.Role.ANALYST, null),
                YearMonth.from(applied()), YearMonth.from(applied()));
        assertThat(rows).filteredOn(r -> r.region().equals("KZ-61")).singleElement()
                .satisfies(r -> assertThat(r.applications() == null || r.applications() >= 5).isTrue());
    }

    @Test
    void a_family_whose_assignment_ran_its_course_applies_anew_and_its_old_case_is_closed() {
        long first = underContract(applied());
        Applications.NewApplication again = new Applications.NewApplication(iinOf(5001), today(), "career-centre",
                IBAN, null);

        // While the contract's months run, a new application is refused: the family's case is continued there.
        assertThatThrownBy(() -> applications.register(CONSULTANT, again))
                .isInstanceOf(CaseRefusedException.class).hasMessageContaining("open case " + first);
        assertThat(state(first)).isEqualTo("under-contract");

        // The assignment's last month before this month (as if the contract's months had run out).
        jdbc.sql("update aid_assignment set last_month = :m where case_id = :c")
                .param("m", YearMonth.from(today()).minusMonths(1).atDay(1)).param("c", first).update();
        long second = applications.register(CONSULTANT, again);

        assertThat(second).isNotEqualTo(first);
        assertThat(state(second)).isEqualTo("registered");
        assertThat(state(first)).isEqualTo("closed");
        assertThat(jdbc.sql("select count(*) from aid_case_history where case_id = :c and action = 'close-ran-its-course'")
                .param("c", first).query(Long.class).single()).isEqualTo(1);
    }
}
