package kz.shanyraq.app.labour.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * With the demo profile, after the synthetic enterprises: a few records in inspector.sko's region (North Kazakhstan,
 * KZ-59) so the inspectors' screens are not empty — wage arrears at three enterprises (one bankrupt), an accident
 * just notified, a stoppage of 4 hours recorded by the ministry and by the trade unions and a shorter one, a
 * collective agreement, a finished inspection with a violation and an overdue prescription, and a planned one. All
 * numbered DEMO-…; written once (nothing when DEMO records exist), in one transaction. The scale of the synthetic
 * country is tiny in the demo, so these records are what the screens show.
 */
@Component
@Profile("demo")
@Order(21)
class InspectorateDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectorateDemo.class);
    static final String REGION = "KZ-59";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    InspectorateDemo(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        tx.executeWithoutResult(s -> load(today));
    }

    void load(LocalDate today) {
        if (jdbc.sql("select exists (select 1 from workplace_accident where accident_ref = 'DEMO-ACC-1')").query(Boolean.class).single()) {
            return;
        }
        // the last enterprises of the region by BIN: the tests pick the first ones
        List<String> bins = jdbc.sql("""
                        select bin from enterprise where region_code = :r and liquidated_on is null
                        order by bin desc limit 8""").param("r", REGION).query(String.class).list();
        if (bins.size() < 8) {
            return;
        }
        LocalDate month = today.withDayOfMonth(1);
        arrears(bins.get(0), today.minusDays(5), 4_350_000, 12, month.minusMonths(1), 1_200_000);
        arrears(bins.get(1), today.minusDays(12), 1_180_000, 5, month.minusMonths(2), 0);
        arrears(bins.get(2), today.minusDays(20), 9_600_000, 31, month.minusMonths(5), 2_400_000);
        jdbc.sql("""
                        insert into enterprise_insolvency (bin, kind, valid_from) values (:b, 'bankruptcy', :from)
                        on conflict do nothing""").param("b", bins.get(2)).param("from", today.minusMonths(4)).update();
        jdbc.sql("""
                        insert into workplace_accident (accident_ref, bin, occurred_on, severity, victims, killed, notified_on, source)
                        values ('DEMO-ACC-1', :b, :on, 'severe', 2, 0, :on, 'employer')""")
                .param("b", bins.get(3)).param("on", today.minusDays(3)).update();
        conflict("ministry", "DEMO-CONF-M1", bins.get(4), "stoppage", today.minusDays(40), "4.0", 60);
        conflict("trade-unions", "DEMO-CONF-T1", bins.get(4), "stoppage", today.minusDays(40), "4.0", 60);
        conflict("trade-unions", "DEMO-CONF-T2", bins.get(5), "stoppage", today.minusDays(25), "2.5", 20);
        conflict("ministry", "DEMO-CONF-M2", bins.get(5), "dispute", today.minusDays(30), null, 20);
        jdbc.sql("""
                        insert into collective_agreement (agreement_ref, bin, valid_from, valid_to, workers_covered)
                        values ('DEMO-CA-1', :b, :from, :to, 140) on conflict do nothing""")
                .param("b", bins.get(6)).param("from", today.minusYears(1)).param("to", today.plusYears(2)).update();
        // a finished unscheduled inspection (complaint) with a violation and a prescription now overdue
        LocalDate found = today.minusDays(45);
        jdbc.sql("""
                        insert into labour_inspection (inspection_ref, bin, kind, reason, started_on, finished_on, inspector, status)
                        values ('DEMO-INS-1', :b, 'unscheduled', 'complaint', :s, :f, 'inspector.sko', 'finished')""")
                .param("b", bins.get(0)).param("s", found.minusDays(2)).param("f", found).update();
        jdbc.sql("""
                        insert into labour_checklist_answer (inspection_ref, checklist_item, compliant) values
                        ('DEMO-INS-1', 'wages-on-time', false), ('DEMO-INS-1', 'contracts-in-esutd', true)""").update();
        jdbc.sql("""
                        insert into labour_violation (inspection_ref, item, severity, checklist_item, found_on)
                        values ('DEMO-INS-1', 1, 'gross', 'wages-on-time', :f)""").param("f", found).update();
        jdbc.sql("""
                        insert into labour_prescription (prescription_ref, inspection_ref, bin, issued_on, deadline)
                        values ('DEMO-PR-1', 'DEMO-INS-1', :b, :f, :d)""")
                .param("b", bins.get(0)).param("f", found).param("d", found.plusDays(30)).update();
        jdbc.sql("insert into labour_prescription_violation (prescription_ref, inspection_ref, item) values ('DEMO-PR-1', 'DEMO-INS-1', 1)")
                .update();
        jdbc.sql("""
                        insert into labour_inspection (inspection_ref, bin, kind, reason, started_on, inspector, status)
                        values ('DEMO-INS-2', :b, 'unscheduled', 'accident', :s, 'inspector.sko', 'open')""")
                .param("b", bins.get(3)).param("s", today.minusDays(1)).update();
        jdbc.sql("update labour_inspection set accident_ref = 'DEMO-ACC-1' where inspection_ref = 'DEMO-INS-2'").update();
        log.info("Demo profile: inspectors' records for {} (arrears, accident, conflicts, inspections)", REGION);
    }

    private void arrears(String bin, LocalDate asOf, long amount, int workers, LocalDate oldest, long recovered) {
        jdbc.sql("""
                        insert into wage_arrears_report (bin, as_of, amount, workers, oldest_unpaid_month, recovered)
                        values (:b, :as, :amount, :w, :oldest, :rec) on conflict do nothing""")
                .param("b", bin).param("as", asOf).param("amount", amount).param("w", workers).param("oldest", oldest)
                .param("rec", recovered).update();
    }

    private void conflict(String source, String ref, String bin, String kind, LocalDate on, String hours, int participants) {
        jdbc.sql("""
                        insert into labour_conflict (source, conflict_ref, bin, kind, started_on, ended_on, stoppage_hours, participants)
                        values (:s, :ref, :b, :k, :on, :on, cast(:h as numeric), :p) on conflict do nothing""")
                .param("s", source).param("ref", ref).param("b", bin).param("k", kind).param("on", on).param("h", hours)
                .param("p", participants).update();
    }
}
