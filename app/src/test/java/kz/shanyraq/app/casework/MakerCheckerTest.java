package kz.shanyraq.app.casework;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MakerCheckerTest extends CaseworkTestSupport {

    @Test
    void a_different_officer_approves_and_both_are_recorded() {
        long id = surveyed(applied());
        decisions.prepare(CONSULTANT, id);

        CaseState to = decisions.approve(OFFICER, id, null, "checked");

        assertThat(to).isEqualTo(CaseState.CONTRACT_PENDING);
        CaseFile.Decision d = files.open(CONSULTANT, id).openDecision();
        assertThat(d.preparedBy()).isEqualTo("consultant.turkestan");
        assertThat(d.checkedBy()).isEqualTo("officer.turkestan");
        assertThat(files.open(CONSULTANT, id).contractDue()).isNotNull();
    }

    @Test
    void two_officers_approving_at_once_one_wins_and_the_other_gets_a_conflict() throws Exception {
        long id = surveyed(applied());
        decisions.prepare(CONSULTANT, id);
        int seen = files.open(OFFICER, id).openDecision().version();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (Officer o : List.of(OFFICER, OFFICER2)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    decisions.approve(o, id, seen, null);
                    return "approved";
                } catch (ConcurrentChangeException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("approved", "conflict");
        assertThat(state(id)).isEqualTo("contract-pending");
        assertThat(jdbc.sql("select count(*) from aid_case_history where case_id = :c and action = 'approve-decision'")
                .param("c", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_second_approval_after_the_first_is_a_clear_conflict_naming_who_approved() {
        long id = surveyed(applied());
        decisions.prepare(CONSULTANT, id);
        decisions.approve(OFFICER, id, null, null);

        assertThatThrownBy(() -> decisions.approve(OFFICER2, id, null, null))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("already approved by officer.turkestan");
    }

    @Test
    void a_returned_decision_goes_back_to_the_consultant_who_prepares_it_anew() {
        long id = surveyed(applied());
        decisions.prepare(CONSULTANT, id);

        decisions.returnDecision(OFFICER, id, null, "the survey act lacks a signature");

        assertThat(state(id)).isEqualTo("surveyed");
        decisions.prepare(CONSULTANT, id);
        assertThat(files.open(CONSULTANT, id).decisions()).extracting(CaseFile.Decision::status)
                .containsExactly("returned", "prepared");
    }

    @Test
    void an_unconfirmed_commission_conclusion_leads_to_a_refusal_in_plain_words() {
        long id = registerFamily5(applied());
        decisions.recordSurvey(COMMISSION, id, new Decisions.Survey(today().minusDays(58), "a new car in the yard",
                false, "the family owns a car bought last month"));
        decisions.prepare(CONSULTANT, id);

        assertThat(decisions.approve(OFFICER, id, null, null)).isEqualTo(CaseState.REFUSED);
        CaseFile.Decision d = files.open(CONSULTANT, id).openDecision();
        assertThat(d.outcome()).isEqualTo("refuse");
        assertThat(d.reasonRu()).isEqualTo("Участковая комиссия не подтвердила материальное положение семьи.");
    }
}
