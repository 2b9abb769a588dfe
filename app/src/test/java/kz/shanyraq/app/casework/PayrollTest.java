package kz.shanyraq.app.casework;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class PayrollTest extends CaseworkTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @org.springframework.beans.factory.annotation.Autowired
    kz.shanyraq.app.security.AppUsers users;

    static final Officer OPERATOR = officer("operator", kz.shanyraq.app.security.Role.OPERATOR, null);

    @Test
    void two_payroll_runs_of_the_same_month_at_once_pay_every_assignment_once() throws Exception {
        LocalDate on = applied();
        long id = underContract(on);
        long assignment = files.open(CONSULTANT, id).assignment().id();
        YearMonth month = YearMonth.from(on).plusMonths(1);

        List<Payroll.Run> runs = twoRunsAtOnce(month);
        List<Long> runIds = runs.stream().map(Payroll.Run::id).toList();
        int added = runs.stream().mapToInt(Payroll.Run::lines).sum();

        assertThat(jdbc.sql("select count(*) from payroll_line where run_id in (:r)").param("r", runIds)
                .query(Long.class).single()).isEqualTo(added);
        assertThat(jdbc.sql("select count(*) - count(distinct assignment_id) from payroll_line where month = :m")
                .param("m", month.atDay(1)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from payroll_line where month = :m and assignment_id = :a")
                .param("m", month.atDay(1)).param("a", assignment).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_payroll_pays_the_cut_amount_in_the_month_of_a_sanction() {
        LocalDate on = applied();
        long id = underContract(on);
        long training = activity(id, "vocational-training");
        contracts.recordFulfilment(ASSISTANT, id, training, "missed", null);
        Sanctions.Sanction cut = sanctions.establish(CONSULTANT, id, "non-fulfilment", training, on.plusDays(10));
        long assignment = files.open(CONSULTANT, id).assignment().id();

        payroll.build("test", cut.firstMonth(), "KZ-61");

        assertThat(jdbc.sql("select amount from payroll_line where assignment_id = :a and month = :m")
                .param("a", assignment).param("m", cut.firstMonth().atDay(1)).query(Long.class).single())
                .isEqualTo(cut.amountAfter());
    }

    @Test
    void the_payroll_file_names_recipient_account_and_amount_and_the_returns_are_reconciled() {
        LocalDate on = applied();
        long id = underContract(on);
        long assignment = files.open(CONSULTANT, id).assignment().id();
        YearMonth month = YearMonth.from(on);
        payroll.build("test", month, null);
        long amount = jdbc.sql("select amount from payroll_line where assignment_id = :a and month = :m")
                .param("a", assignment).param("m", month.atDay(1)).query(Long.class).single();

        StringWriter file = new StringWriter();
        payroll.writeFile(OPERATOR, month, file);
        assertThat(file.toString()).contains(month + ";" + assignment + ";" + iinOf(5001) + ";" + IBAN + ";" + amount);

        Payroll.Reconciliation r = payroll.importReturns(OPERATOR, month, "assignment;amount;outcome;reason\n"
                + assignment + ";" + amount + ";returned;account closed\n"
                + "999999;1000;paid;\n");
        assertThat(r.returned()).isEqualTo(1);
        assertThat(r.unmatched()).isEqualTo(1);
        assertThat(r.problems()).singleElement().asString().contains("no payment of assignment 999999");
        assertThat(jdbc.sql("select return_reason from payroll_line where assignment_id = :a and month = :m")
                .param("a", assignment).param("m", month.atDay(1)).query(String.class).single())
                .isEqualTo("account closed");
    }

    @Test
    void a_malformed_returns_file_is_refused_naming_the_line_and_nothing_is_written() {
        long before = jdbc.sql("select count(*) from payroll_return").query(Long.class).single();

        assertThatThrownBy(() -> payroll.importReturns(OPERATOR, YearMonth.of(2026, 1),
                "assignment;amount;outcome;reason\n1;100;paid;\n2;abc;paid;\n"))
                .isInstanceOf(InvalidCaseInputException.class).hasMessageContaining("line 3");
        assertThat(jdbc.sql("select count(*) from payroll_return").query(Long.class).single()).isEqualTo(before);
    }

    /** A conditional case whose family asked in the contract for three months at once. */
    long underContractPaidThreeMonthsAtOnce(LocalDate on) {
        long id = approvedConditional(on);
        LocalDate signed = on.plusDays(4);
        contracts.conclude(CONSULTANT, id, new Contracts.Conclusion(signed, "three-months-at-once", List.of(
                new Contracts.NewActivity("5001", "vocational-training", signed.plusDays(10), "consultant.turkestan"),
                new Contracts.NewActivity("5002", "screening", signed.plusDays(20), "assistant.turkestan"))));
        return id;
    }

    @Test
    void three_months_at_once_are_paid_by_one_transfer_and_two_runs_at_once_still_pay_no_month_twice() throws Exception {
        LocalDate on = applied();
        long id = underContractPaidThreeMonthsAtOnce(on);
        Assignments.Assignment a = files.open(CONSULTANT, id).assignment();
        assertThat(a.paymentMode()).isEqualTo("three-months-at-once");
        YearMonth first = a.firstMonth();
        YearMonth month = first.plusMonths(1);

        twoRunsAtOnce(month);
        payroll.build("test", month.plusMonths(1), null);

        assertThat(jdbc.sql("select to_char(month, 'YYYY-MM') || ' with ' || to_char(paid_with, 'YYYY-MM') "
                        + "from payroll_line where assignment_id = :a order by month")
                .param("a", a.id()).query(String.class).list())
                .containsExactly(first + " with " + month, first.plusMonths(1) + " with " + month,
                        first.plusMonths(2) + " with " + month);
        long three = a.monthlyAmount() * 3;
        StringWriter file = new StringWriter();
        payroll.writeFile(OPERATOR, month, file);
        assertThat(file.toString()).contains(month + ";" + a.id() + ";" + iinOf(5001) + ";" + IBAN + ";" + three + ";"
                + first + ".." + first.plusMonths(2));
        StringWriter next = new StringWriter();
        payroll.writeFile(OPERATOR, month.plusMonths(1), next);
        assertThat(next.toString()).doesNotContain(";" + a.id() + ";");

        Payroll.Reconciliation r = payroll.importReturns(OPERATOR, month, "assignment;amount;outcome;reason\n"
                + a.id() + ";" + three + ";paid;\n");
        assertThat(r.paid()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from payroll_line where assignment_id = :a and status = 'paid'")
                .param("a", a.id()).query(Long.class).single()).isEqualTo(3);

        payroll.build("test", first.plusMonths(3), null);
        assertThat(jdbc.sql("select count(*) from payroll_line where assignment_id = :a and paid_with = :m")
                .param("a", a.id()).param("m", first.plusMonths(3).atDay(1)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void a_sanction_reaching_months_already_paid_at_once_records_the_overpayment_and_nothing_is_paid_twice() throws Exception {
        LocalDate on = applied();
        long id = underContractPaidThreeMonthsAtOnce(on);
        Assignments.Assignment a = files.open(CONSULTANT, id).assignment();
        payroll.build("test", a.firstMonth(), null);
        long training = activity(id, "vocational-training");
        contracts.recordFulfilment(ASSISTANT, id, training, "missed", null);

        // Established in the block's first month: the cut starts the next month, which was paid with the block.
        Sanctions.Sanction cut = sanctions.establish(CONSULTANT, id, "non-fulfilment", training, on.plusDays(10));
        assertThat(cut.firstMonth()).isEqualTo(a.firstMonth().plusMonths(1));

        List<PaymentDifferences.Difference> owed = files.open(CONSULTANT, id).paymentDifferences();
        YearMonth blockEnd = a.firstMonth().plusMonths(2);
        List<YearMonth> cutAndPaid = new ArrayList<>();
        for (YearMonth m = cut.firstMonth(); !m.isAfter(blockEnd) && (cut.lastMonth() == null || !m.isAfter(cut.lastMonth()));
             m = m.plusMonths(1)) {
            cutAndPaid.add(m);
        }
        assertThat(owed).extracting(PaymentDifferences.Difference::month).containsExactlyElementsOf(cutAndPaid);
        assertThat(owed).allSatisfy(d -> {
            assertThat(d.amount()).isEqualTo(cut.amountAfter() - a.monthlyAmount());
            assertThat(d.status()).isEqualTo("to-recover");
            assertThat(d.cause()).isEqualTo("sanction");
        });
        assertThat(files.open(CONSULTANT, id).toRecover()).isEqualTo((a.monthlyAmount() - cut.amountAfter()) * cutAndPaid.size());
        // The case page shows them to the consultant in Russian and Kazakh, months in words.
        for (String[] l : new String[][] {{"ru", "Переплата к возврату", "переплата к возврату"},
                {"kk", "Қайтарылатын артық төлем", "қайтарылатын артық төлем"}}) {
            String page = mvc.perform(get("/casework/cases/" + id).param("lang", l[0])
                            .with(user(users.loadUserByUsername("consultant.turkestan"))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"cw-differences\"", l[1], l[2])
                    .doesNotContain(">" + cut.firstMonth() + "<");
        }

        // Settling again finds nothing new, and the next payroll neither withholds nor repays those months.
        assertThat(differences.settle(a.id(), "recalculation")).isEmpty();
        Payroll.Run next = payroll.build("test", blockEnd.plusMonths(1), null);
        assertThat(next.arrears()).isZero();
        assertThat(jdbc.sql("select count(*) from payroll_line where assignment_id = :a").param("a", a.id())
                .query(Long.class).single()).isEqualTo(Math.min(6, monthsOf(a)));
    }

    @Test
    void an_upheld_appeal_against_a_cut_already_paid_pays_the_arrear_once_with_the_next_payroll() throws Exception {
        LocalDate on = applied();
        long id = underContract(on);
        long training = activity(id, "vocational-training");
        contracts.recordFulfilment(ASSISTANT, id, training, "missed", null);
        Sanctions.Sanction cut = sanctions.establish(CONSULTANT, id, "non-fulfilment", training, on.plusDays(10));
        Assignments.Assignment a = files.open(CONSULTANT, id).assignment();
        payroll.build("test", cut.firstMonth(), null);
        assertThat(files.open(CONSULTANT, id).paymentDifferences()).isEmpty();

        long appeal = appeals.file(CONSULTANT, id, "sanction", cut.id(), on.plusDays(12), "the father was in hospital");
        appeals.answer(OFFICER, appeal, true, "hospital certificate confirmed");

        long arrear = a.monthlyAmount() - cut.amountAfter();
        assertThat(files.open(CONSULTANT, id).paymentDifferences()).singleElement().satisfies(d -> {
            assertThat(d.month()).isEqualTo(cut.firstMonth());
            assertThat(d.amount()).isEqualTo(arrear);
            assertThat(d.status()).isEqualTo("to-pay");
            assertThat(d.cause()).isEqualTo("appeal");
        });

        YearMonth next = cut.firstMonth().plusMonths(1);
        List<Payroll.Run> runs = twoRunsAtOnce(next);
        long arrearsPaid = runs.stream().mapToLong(Payroll.Run::arrearsTotal).sum();
        assertThat(arrearsPaid).isEqualTo(arrear);
        assertThat(files.open(CONSULTANT, id).paymentDifferences()).singleElement()
                .satisfies(d -> assertThat(d.paidWith()).isEqualTo(next));

        StringWriter file = new StringWriter();
        payroll.writeFile(OPERATOR, next, file);
        assertThat(file.toString()).contains(next + ";" + a.id() + ";" + iinOf(5001) + ";" + IBAN + ";"
                + (a.monthlyAmount() + arrear) + ";" + next + ";" + arrear);
        assertThat(payroll.importReturns(OPERATOR, next, "assignment;amount;outcome;reason\n"
                + a.id() + ";" + (a.monthlyAmount() + arrear) + ";paid;\n").paid()).isEqualTo(1);
    }

    @Test
    void months_whose_payroll_ran_before_the_assignment_was_opened_are_caught_up_once_by_the_next_payroll() throws Exception {
        LocalDate on = applied();
        long id = approvedConditional(on);
        YearMonth first = YearMonth.from(on);
        payroll.build("test", first, null);
        payroll.build("test", first.plusMonths(1), "KZ-61");
        underContractFrom(id, on);
        Assignments.Assignment a = files.open(CONSULTANT, id).assignment();
        assertThat(a.firstMonth()).isEqualTo(first);
        YearMonth next = first.plusMonths(2);

        List<Payroll.Run> runs = twoRunsAtOnce(next);

        assertThat(jdbc.sql("select to_char(month, 'YYYY-MM') || ' with ' || to_char(paid_with, 'YYYY-MM') "
                        + "|| case when caught_up then ' caught up' else '' end "
                        + "from payroll_line where assignment_id = :a order by month")
                .param("a", a.id()).query(String.class).list())
                .containsExactly(first + " with " + next + " caught up", first.plusMonths(1) + " with " + next
                        + " caught up", next + " with " + next);
        assertThat(runs.stream().mapToLong(Payroll.Run::caughtUpTotal).sum()).isGreaterThanOrEqualTo(2 * a.monthlyAmount());
        StringWriter file = new StringWriter();
        payroll.writeFile(OPERATOR, next, file);
        assertThat(file.toString()).contains(next + ";" + a.id() + ";" + iinOf(5001) + ";" + IBAN + ";"
                + 3 * a.monthlyAmount() + ";" + next + ";" + 2 * a.monthlyAmount());

        // Running those months again, or the next month, pays none of them a second time.
        payroll.build("test", first, null);
        payroll.build("test", first.plusMonths(1), null);
        payroll.build("test", next.plusMonths(1), null);
        assertThat(jdbc.sql("select count(*) from payroll_line where assignment_id = :a and month <= :m")
                .param("a", a.id()).param("m", next.atDay(1)).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select coalesce(sum(amount), 0) from payroll_line where assignment_id = :a and month <= :m")
                .param("a", a.id()).param("m", next.atDay(1)).query(Long.class).single())
                .isEqualTo(3 * a.monthlyAmount());
    }

    @Test
    void months_skipped_while_the_payment_was_ended_are_caught_up_once_after_the_appeal_is_upheld() throws Exception {
        LocalDate on = applied();
        long id = underContract(on);
        Assignments.Assignment a = files.open(CONSULTANT, id).assignment();
        YearMonth first = a.firstMonth();
        payroll.build("test", first, null);
        Sanctions.Sanction ended = sanctions.establish(CONSULTANT, id, "false-information", null, on.plusDays(10));
        assertThat(state(id)).isEqualTo("terminated");
        YearMonth skipped = first.plusMonths(1);
        payroll.build("test", skipped, null);
        payroll.build("test", skipped.plusMonths(1), null);
        assertThat(jdbc.sql("select count(*) from payroll_line where assignment_id = :a and month > :m")
                .param("a", a.id()).param("m", first.atDay(1)).query(Long.class).single()).isZero();

        long appeal = appeals.file(CONSULTANT, id, "sanction", ended.id(), on.plusDays(12), "the income was declared");
        appeals.answer(OFFICER, appeal, true, "the declaration was found in the archive");
        assertThat(state(id)).isEqualTo("under-contract");

        YearMonth next = skipped.plusMonths(2);
        twoRunsAtOnce(next);
        payroll.build("test", skipped, null);
        assertThat(jdbc.sql("select to_char(month, 'YYYY-MM') || ' with ' || to_char(paid_with, 'YYYY-MM') "
                        + "|| ' ' || amount from payroll_line where assignment_id = :a order by month")
                .param("a", a.id()).query(String.class).list())
                .containsExactly(first + " with " + first + " " + a.monthlyAmount(),
                        skipped + " with " + next + " " + a.monthlyAmount(),
                        skipped.plusMonths(1) + " with " + next + " " + a.monthlyAmount(),
                        next + " with " + next + " " + a.monthlyAmount());
        assertThat(files.open(CONSULTANT, id).paymentDifferences()).allSatisfy(d ->
                assertThat(d.status()).isNotEqualTo("to-pay"));
    }

    /** Concludes the contract of an approved conditional case: the head's vocational training. */
    private void underContractFrom(long id, LocalDate on) {
        LocalDate signed = on.plusDays(4);
        contracts.conclude(CONSULTANT, id, new Contracts.Conclusion(signed, "monthly", List.of(
                new Contracts.NewActivity("5001", "vocational-training", signed.plusDays(10), "consultant.turkestan"),
                new Contracts.NewActivity("5002", "screening", signed.plusDays(20), "assistant.turkestan"))));
    }

    /** The payroll of a month built by two runs started at the same moment. */
    private List<Payroll.Run> twoRunsAtOnce(YearMonth month) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Payroll.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return payroll.build("test", month, null);
                }));
            }
            start.countDown();
            List<Payroll.Run> done = new ArrayList<>();
            for (Future<Payroll.Run> r : runs) {
                done.add(r.get());
            }
            return done;
        } finally {
            pool.shutdown();
        }
    }

    private static int monthsOf(Assignments.Assignment a) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(a.firstMonth(), a.lastMonth()) + 1;
    }
}
