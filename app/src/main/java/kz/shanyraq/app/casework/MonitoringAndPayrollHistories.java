package kz.shanyraq.app.casework;

import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What follows the decisions in the synthetic country's case histories ({@link CaseHistories}): the assistant's
 * monitoring visits and each activity's fulfilment, the sanctions a missed activity brings (the first cut, the
 * repetition that ends the payment for the adults, now and then false information), the families' appeals of them
 * (upheld, dismissed, or still waiting for the department's answer), and the monthly payroll of every month with the
 * paying agent's returns. Every step goes through the case work's own services and rules as officers of the family's
 * district, on the day it happened; a step a rule refuses is left out (and, when it is a missed activity not yet
 * sanctioned or an appeal not yet answered, it stays in the queue it belongs to).
 *
 * <p>Shares that the seeds do not publish are <b>assumptions of this generator</b>, named here: one activity in
 * {@link #MISSED_ONE_IN} missed, one contract in {@link #FALSE_INFORMATION_ONE_IN} ended for false information, one
 * sanction in {@link #APPEALED_ONE_IN} appealed (every other appeal upheld), one transfer in
 * {@link #RETURNED_ONE_IN} returned by the paying agent.
 */
@Service
public class MonitoringAndPayrollHistories {

    private static final Logger log = LoggerFactory.getLogger(MonitoringAndPayrollHistories.class);

    static final int MISSED_ONE_IN = 5;
    static final int FALSE_INFORMATION_ONE_IN = 40;
    static final int APPEALED_ONE_IN = 2;
    static final int RETURNED_ONE_IN = 50;
    /** Days after an activity's due date when the assistant records it, and after that when a sanction follows. */
    static final int RECORDED_AFTER_DAYS = 3;
    static final int SANCTIONED_AFTER_DAYS = 5;
    static final int APPEALED_AFTER_DAYS = 7;
    /** An appeal filed this many days ago or more has its answer; later ones wait in the department's queue. */
    static final int ANSWERED_AFTER_DAYS = 25;

    private final JdbcClient jdbc;
    private final Contracts contracts;
    private final Sanctions sanctions;
    private final Appeals appeals;
    private final Payroll payroll;

    MonitoringAndPayrollHistories(JdbcClient jdbc, Contracts contracts, Sanctions sanctions, Appeals appeals,
                                  Payroll payroll) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.sanctions = sanctions;
        this.appeals = appeals;
        this.payroll = payroll;
    }

    /** What was generated, and the families and persons with АСП in force on the first day of each month. */
    public record Report(int visits, int fulfilled, int missed, int firstCuts, int repeated, int falseInformation,
                         int appeals, int upheld, int dismissed, int payrollRuns, long payrollLines, int returned,
                         Map<YearMonth, long[]> familiesAndPersons) {

        /** Persons per family on the first day of a month (the published 5.4 on 1 June and 1 November 2025). */
        public double personsPerFamily(YearMonth m) {
            long[] fp = familiesAndPersons.get(m);
            return fp == null || fp[0] == 0 ? 0 : (double) fp[1] / fp[0];
        }
    }

    private record Contract(long caseId, Territory territory, LocalDate concludedOn, LocalDate validTo) {
    }

    private record Activity(long id, LocalDate dueOn) {
    }

    private final class Counts {
        int visits;
        int fulfilled;
        int missed;
        int firstCuts;
        int repeated;
        int falseInformation;
        int appeals;
        int upheld;
        int dismissed;
    }

    /** What {@link #followRanOut} followed, reported with the next {@link #generate}. */
    private Counts earlier = new Counts();

    /**
     * Before a family applies anew on a day: its contract whose months ended before that month is followed up to the
     * day before (the new application closes its case, which {@link #generate} then no longer follows).
     */
    synchronized void followRanOut(long familyId, LocalDate applied) {
        List<Contract> ranOut = jdbc.sql("""
                        select c.id, c.region_code, c.district_id, k.concluded_on, k.valid_to
                        from aid_case c join social_contract k on k.case_id = c.id
                        join aid_assignment a on a.case_id = c.id
                        where c.family_id = :f and c.state = 'under-contract' and a.last_month < :m""")
                .param("f", familyId).param("m", YearMonth.from(applied).atDay(1))
                .query((rs, n) -> new Contract(rs.getLong(1), new Territory(rs.getString(2), rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
        for (Contract k : ranOut) {
            try {
                follow(k, applied.minusDays(1), earlier);
            } catch (RuntimeException e) {
                log.debug("follow-up of case {} stopped: {}", k.caseId(), e.getMessage());
            }
        }
    }

    /** Follows every contract of the case histories up to {@code today}, then runs the payroll of every month. */
    public synchronized Report generate(YearMonth first, LocalDate today) {
        List<Contract> all = jdbc.sql("""
                        select c.id, c.region_code, c.district_id, k.concluded_on, k.valid_to
                        from aid_case c join social_contract k on k.case_id = c.id
                        where c.state = 'under-contract' order by k.concluded_on, c.id""")
                .query((rs, n) -> new Contract(rs.getLong(1), new Territory(rs.getString(2), rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
        Counts counts = earlier;
        earlier = new Counts();
        for (Contract k : all) {
            try {
                follow(k, today, counts);
            } catch (RuntimeException e) {
                log.debug("follow-up of case {} stopped: {}", k.caseId(), e.getMessage());
            }
        }
        Officer operator = new Officer(new ShanyraqUser("demo.operator", null, Role.OPERATOR, null, true), "api");
        int runs = 0;
        long lines = 0;
        int returned = 0;
        YearMonth current = YearMonth.from(today);
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            Payroll.Run run = payroll.build(operator.name(), m, null);
            runs++;
            lines += run.lines();
            if (m.isBefore(current)) {
                returned += returns(operator, m);
            }
        }
        Map<YearMonth, long[]> inForce = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            inForce.put(m, familiesAndPersons(m));
        }
        Report r = new Report(counts.visits, counts.fulfilled, counts.missed, counts.firstCuts, counts.repeated,
                counts.falseInformation, counts.appeals, counts.upheld, counts.dismissed, runs, lines, returned, inForce);
        StringBuilder s = new StringBuilder();
        inForce.forEach((m, fp) -> s.append(' ').append(m).append('=').append(fp[0]).append('/').append(fp[1]));
        log.info("Demo case histories followed: {} visits, {} activities done, {} missed, sanctions {} first, {} repeated, "
                        + "{} false information; {} appeals ({} upheld, {} dismissed, the rest waiting); {} payroll runs, "
                        + "{} month lines, {} transfers returned; persons per family on 1 June 2025 {}, on 1 November "
                        + "2025 {} (published 5.4); families/persons in force on the 1st:{}", r.visits(), r.fulfilled(),
                r.missed(), r.firstCuts(), r.repeated(), r.falseInformation(), r.appeals(), r.upheld(), r.dismissed(),
                r.payrollRuns(), r.payrollLines(), r.returned(),
                String.format(Locale.ROOT, "%.2f", r.personsPerFamily(YearMonth.of(2025, 6))),
                String.format(Locale.ROOT, "%.2f", r.personsPerFamily(YearMonth.of(2025, 11))), s);
        return r;
    }

    /** One contract: visits every month, the activities due, and what a missed one brings. */
    private void follow(Contract k, LocalDate today, Counts counts) {
        Officer assistant = CaseHistories.officer("assistant", Role.ASSISTANT, k.territory());
        Officer consultant = CaseHistories.officer("consultant", Role.CONSULTANT, k.territory());
        LocalDate end = k.validTo().isBefore(today) ? k.validTo() : today;
        // False information, found at the first visit of one contract in FALSE_INFORMATION_ONE_IN.
        LocalDate falseFound = one(k.caseId(), FALSE_INFORMATION_ONE_IN) ? k.concludedOn().plusDays(40) : null;
        // Visits every month from the contract's conclusion (after the last one recorded, when followed again).
        LocalDate last = jdbc.sql("""
                        select coalesce(max(v.visited_on), k.concluded_on) from social_contract k
                        left join monitoring_visit v on v.contract_id = k.id where k.case_id = :c group by k.concluded_on""")
                .param("c", k.caseId()).query(LocalDate.class).single();
        LocalDate nextVisit = last.plusDays(30);
        for (Activity a : activities(k.caseId())) {
            LocalDate recorded = a.dueOn().plusDays(RECORDED_AFTER_DAYS);
            if (recorded.isAfter(today) || recorded.isAfter(k.validTo())) {
                break;
            }
            nextVisit = visitsUntil(k, assistant, nextVisit, recorded, counts);
            if (falseFound != null && !falseFound.isAfter(recorded)) {
                Sanctions.Sanction s = sanctions.establish(consultant, k.caseId(), "false-information", null, falseFound);
                counts.falseInformation++;
                falseFound = null;
                if (!appealed(k, s, today, counts)) {
                    return;
                }
            }
            boolean missed = one(a.id(), MISSED_ONE_IN);
            contracts.recordFulfilment(assistant, k.caseId(), a.id(), missed ? "missed" : "done",
                    missed ? "не явился (демонстрационная запись)" : null);
            if (!missed) {
                counts.fulfilled++;
                continue;
            }
            counts.missed++;
            LocalDate established = a.dueOn().plusDays(SANCTIONED_AFTER_DAYS);
            if (established.isAfter(today)) {
                continue; // the consultant's queue: a missed activity to establish
            }
            Sanctions.Sanction s;
            try {
                s = sanctions.establish(consultant, k.caseId(), "non-fulfilment", a.id(), established);
            } catch (CaseRefusedException refused) {
                continue; // e.g. within the first cut's month: waits in the consultant's queue
            }
            if (s.kind().equals("repeated-non-fulfilment")) {
                counts.repeated++;
            } else {
                counts.firstCuts++;
            }
            if (!"under-contract".equals(state(k.caseId())) && !appealed(k, s, today, counts)) {
                return;
            }
            if ("under-contract".equals(state(k.caseId())) && !s.kind().equals("repeated-non-fulfilment")) {
                appealed(k, s, today, counts);
            }
        }
        visitsUntil(k, assistant, nextVisit, end.minusDays(10), counts);
    }

    /** Monthly visits up to a day; returns the next one due. */
    private LocalDate visitsUntil(Contract k, Officer assistant, LocalDate next, LocalDate until, Counts counts) {
        LocalDate d = next;
        while (!d.isAfter(until) && !d.isAfter(k.validTo())) {
            contracts.recordVisit(assistant, k.caseId(), d, "Семья дома, план обсуждён (демонстрационное посещение)");
            counts.visits++;
            d = d.plusDays(30);
        }
        return d;
    }

    /**
     * One sanction in {@link #APPEALED_ONE_IN} is appealed a week after it was established; an appeal filed long
     * enough ago has its answer (every other one upheld). True when the case is under contract afterwards.
     */
    private boolean appealed(Contract k, Sanctions.Sanction s, LocalDate today, Counts counts) {
        LocalDate filed = s.establishedOn().plusDays(APPEALED_AFTER_DAYS);
        if (!one(s.id() * 7 + 1, APPEALED_ONE_IN) || filed.isAfter(today)) {
            return "under-contract".equals(state(k.caseId()));
        }
        Officer consultant = CaseHistories.officer("consultant", Role.CONSULTANT, k.territory());
        Officer officer = CaseHistories.officer("officer", Role.DEPARTMENT_OFFICER, k.territory());
        long appeal;
        try {
            appeal = appeals.file(consultant, k.caseId(), "sanction", s.id(), filed,
                    "Семья не согласна с санкцией (демонстрационная жалоба)");
        } catch (CaseRefusedException refused) {
            return "under-contract".equals(state(k.caseId()));
        }
        counts.appeals++;
        if (!filed.plusDays(ANSWERED_AFTER_DAYS).isAfter(today)) {
            boolean upheld = s.id() % 2 == 0;
            appeals.answer(officer, appeal, upheld, upheld ? "Уважительная причина подтверждена документом"
                    : "Уважительная причина не подтверждена");
            if (upheld) {
                counts.upheld++;
            } else {
                counts.dismissed++;
            }
        }
        return "under-contract".equals(state(k.caseId()));
    }

    /** The paying agent's returns of a month: every transfer paid, one in RETURNED_ONE_IN returned. */
    private int returns(Officer operator, YearMonth m) {
        StringWriter file = new StringWriter();
        payroll.writeFile(operator, m, file);
        StringBuilder answer = new StringBuilder("assignment;amount;outcome;reason\n");
        int returned = 0;
        String[] lines = file.toString().split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(";", -1);
            if (f.length < 5) {
                continue;
            }
            long assignment = Long.parseLong(f[1]);
            boolean back = one(assignment * 31 + m.getMonthValue(), RETURNED_ONE_IN);
            answer.append(assignment).append(';').append(f[4]).append(';')
                    .append(back ? "returned;счёт закрыт" : "paid;").append('\n');
            returned += back ? 1 : 0;
        }
        if (lines.length > 1) {
            payroll.importReturns(operator, m, answer.toString());
        }
        return returned;
    }

    /**
     * Families with an assignment in force on the first day of a month and their persons: the members of the
     * approved decision that assigned it (the persons the ministry counts as receiving АСП).
     */
    private long[] familiesAndPersons(YearMonth m) {
        return jdbc.sql("""
                        select count(distinct a.family_id), coalesce(sum(d.members), 0)
                        from aid_assignment a join aid_decision d on d.case_id = a.case_id and d.status = 'approved'
                        where a.first_month <= :m and a.last_month >= :m and (a.ended_from is null or a.ended_from > :m)""")
                .param("m", m.atDay(1)).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private List<Activity> activities(long caseId) {
        return jdbc.sql("""
                        select a.id, a.due_on from plan_activity a join social_contract k on k.id = a.contract_id
                        where k.case_id = :c and a.status = 'planned' order by a.due_on, a.id""")
                .param("c", caseId).query((rs, n) -> new Activity(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .list();
    }

    private String state(long caseId) {
        return jdbc.sql("select state from aid_case where id = :c").param("c", caseId).query(String.class).single();
    }

    /** A seeded one-in-n choice on an id. */
    static boolean one(long id, int n) {
        return Math.floorMod(Long.hashCode(id * 0x9E3779B97F4A7C15L), n) == 0;
    }
}
