package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.registry.FamilyOnDate;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.casework.EmploymentExemption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Case histories for a synthetic registry, calibrated on the published АСП figures (seed 000/001, reference
 * seed-figures.md): 45.2 k families receiving АСП on 1 June 2025 and 53 k on 1 November 2025 (242.4 k and 285.1 k
 * persons), times the registry's scale; then down to 25.8 k on 1 February 2026 (138.1 k persons, reference
 * social-registry-anchors.md) and 25.8 k after it (no later figure is published). Month by month, enough
 * families apply for the number of families with an assignment in force on the first day of the month to reach the
 * target, and the in-flight cases of the last weeks fill the queues (registered, surveyed, decision prepared, contract
 * pending).
 *
 * <p>Every case goes through the case work's own steps and rules — registration as of the day, the commission's survey,
 * the decision the law gives for the family on that day (a refusal too), the approval by another officer, the contract
 * with a plan the law's exemptions allow — as officers of the family's own district. Nothing is invented: a month the
 * law cannot decide for (the registry holds no incomes of the quarter before it, so the law is undetermined) gets no
 * case, and the report says so; once the registry holds the income history of those months, the same generator fills
 * them. Families are taken in a seeded order, larger families first within each draw (the published persons per family
 * is 5.4).
 */
@Service
public class CaseHistories {

    private static final Logger log = LoggerFactory.getLogger(CaseHistories.class);
    static final String IBAN = "KZ86125KZT5004100100";

    /** The published targets: families (and persons) with АСП in force on the day. */
    static final LocalDate JUNE_2025 = LocalDate.of(2025, 6, 1);
    static final LocalDate NOVEMBER_2025 = LocalDate.of(2025, 11, 1);
    static final double FAMILIES_JUNE_2025 = 45_200;
    static final double FAMILIES_NOVEMBER_2025 = 53_000;
    /** 25.8 k families (138.1 k persons) on 1 February 2026: reference social-registry-anchors.md. */
    static final LocalDate FEBRUARY_2026 = LocalDate.of(2026, 2, 1);
    static final double FAMILIES_FEBRUARY_2026 = 25_800;
    /** Persons per family receiving АСП: 242.4 k / 45.2 k (1 June 2025) and 285.1 k / 53 k (1 November 2025). */
    static final double PERSONS_PER_FAMILY = 285_100.0 / 53_000;
    /**
     * Refusals per assignment among the generated applications. Not published in the seeds: an assumption of this
     * generator (one application in six refused), so that the refusal figures and the refused queue are not empty.
     */
    static final double REFUSALS_PER_ASSIGNMENT = 0.2;
    /** The districts of the demo users, whose queues get in-flight cases first. */
    static final List<String> DEMO_DISTRICTS = List.of("KZ-61-01", "KZ-59-01");

    private final JdbcClient jdbc;
    private final Applications applications;
    private final Decisions decisions;
    private final Contracts contracts;
    private final TransactionTemplate tx;
    private final FamilyRegistry registry;
    private final AspLaw law;
    private final MonitoringAndPayrollHistories followUps;

    CaseHistories(JdbcClient jdbc, Applications applications, Decisions decisions, Contracts contracts,
                  TransactionTemplate tx, FamilyRegistry registry, AspLaw law,
                  MonitoringAndPayrollHistories followUps) {
        this.jdbc = jdbc;
        this.followUps = followUps;
        this.tx = tx;
        this.registry = registry;
        this.law = law;
        this.applications = applications;
        this.decisions = decisions;
        this.contracts = contracts;
    }

    /** What was generated. */
    public record Report(int cases, int assigned, int refused, int inFlight, List<YearMonth> undeterminedMonths,
                         Map<YearMonth, Long> familiesInForce) {
    }

    /** The number of families with АСП in force on the first day of a month the targets call for, at a scale. */
    static long target(YearMonth month, double scale) {
        LocalDate day = month.atDay(1);
        double families;
        if (!day.isAfter(JUNE_2025)) {
            families = FAMILIES_JUNE_2025;
        } else if (day.isBefore(NOVEMBER_2025)) {
            double share = (double) (month.getMonthValue() - 6) / 5;
            families = FAMILIES_JUNE_2025 + share * (FAMILIES_NOVEMBER_2025 - FAMILIES_JUNE_2025);
        } else if (day.isBefore(FEBRUARY_2026)) {
            double share = (double) (YearMonth.from(NOVEMBER_2025).until(month, java.time.temporal.ChronoUnit.MONTHS)) / 3;
            families = FAMILIES_NOVEMBER_2025 + share * (FAMILIES_FEBRUARY_2026 - FAMILIES_NOVEMBER_2025);
        } else {
            families = FAMILIES_FEBRUARY_2026;
        }
        return Math.round(families * scale);
    }

    private record Candidate(long familyId, String iin, Territory territory, int members) {
    }

    /** Generates the histories from {@code first} to the month of {@code today}. */
    public Report generate(double scale, long seed, YearMonth first, LocalDate today) {
        List<Candidate> candidates = new ArrayList<>(jdbc.sql("""
                        select f.family_id, p.iin, f.region_code, f.district_id,
                               (select count(*) from family_member x where x.family_id = f.family_id and x.valid_to is null)
                        from family_address f
                        join family_member m on m.family_id = f.family_id and m.relation = 'head' and m.valid_to is null
                        join person p on p.id = m.person_id and p.death_date is null
                        where f.valid_to is null and f.district_id is not null
                        order by f.family_id""")
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2),
                        new Territory(rs.getString(3), rs.getString(4)), rs.getInt(5)))
                .list());
        java.util.Collections.shuffle(candidates, new Random(seed));
        Map<YearMonth, Long> inForce = new HashMap<>();
        List<YearMonth> undetermined = new ArrayList<>();
        // The law reads the incomes of the quarter before the application's, so a family it refuses on a quarter's
        // application day is not asked again in that quarter (nor applies twice refused); the families it entitles and
        // that could not apply yet (the target reached), or whose assignment ends within the quarter, are asked again
        // on their own day in a later month of the quarter.
        Set<Long> notEntitledThisQuarter = new HashSet<>();
        List<Candidate> refusalsThisQuarter = new ArrayList<>();
        YearMonth quarterOf = null;
        long families = 0;
        long persons = 0;
        int cases = 0;
        int assigned = 0;
        int refused = 0;
        YearMonth last = YearMonth.from(today);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            YearMonth quarter = m.withMonth(m.getMonthValue() - (m.getMonthValue() - 1) % 3);
            if (!quarter.equals(quarterOf)) {
                quarterOf = quarter;
                notEntitledThisQuarter.clear();
                refusalsThisQuarter.clear();
            }
            long needed = target(m, scale) - countInForce(m);
            if (needed <= 0) {
                inForce.put(m, countInForce(m));
                continue;
            }
            // Families with an open case or an assignment running in this month do not apply.
            Set<Long> busy = busyIn(m);
            List<Candidate> asked = new ArrayList<>();
            List<LocalDate> days = new ArrayList<>();
            for (Candidate c : candidates) {
                LocalDate applied = applicationDay(c, m);
                if (!busy.contains(c.familyId()) && !notEntitledThisQuarter.contains(c.familyId())
                        && !applied.plusDays(4).isAfter(today)) {
                    asked.add(c);
                    days.add(applied);
                }
            }
            // The law on every family asked, each on its own application day (nothing written): the same reading and
            // assessment the decision makes, read in one batch.
            Map<Long, Boolean> answers = entitled(asked, days);
            long undecided = asked.stream().filter(c -> answers.get(c.familyId()) == null).count();
            if (!asked.isEmpty() && undecided * 2 > asked.size()) {
                undetermined.add(m);
                inForce.put(m, countInForce(m));
                continue;
            }
            List<Candidate> pool = new ArrayList<>();
            for (Candidate c : asked) {
                Boolean e = answers.get(c.familyId());
                if (Boolean.TRUE.equals(e)) {
                    pool.add(c);
                } else if (Boolean.FALSE.equals(e) && notEntitledThisQuarter.add(c.familyId())) {
                    refusalsThisQuarter.add(c);
                }
            }
            Map<Long, LocalDate> dayOf = new HashMap<>();
            for (int i = 0; i < asked.size(); i++) {
                dayOf.put(asked.get(i).familyId(), days.get(i));
            }
            for (int next = 0; next < pool.size() && needed > 0; next++) {
                Candidate c = steer(pool, next, persons < PERSONS_PER_FAMILY * Math.max(1, families));
                Outcome o = inOneTransaction(c, dayOf.get(c.familyId()), Outcome.ASSIGNED);
                if (o == Outcome.ASSIGNED) {
                    cases++;
                    assigned++;
                    needed--;
                    families++;
                    persons += c.members();
                } else if (o == Outcome.REFUSED) {
                    cases++;
                    refused++;
                }
                // A family the law refuses applies now and then too, while refusals stay within their share.
                while (!refusalsThisQuarter.isEmpty() && refused + 1 <= REFUSALS_PER_ASSIGNMENT * (assigned + 1)) {
                    Candidate r = refusalsThisQuarter.remove(0);
                    LocalDate applied = applicationDay(r, m);
                    if (applied.plusDays(4).isAfter(today)) {
                        continue;
                    }
                    Outcome ro = inOneTransaction(r, applied, Outcome.ASSIGNED);
                    if (ro == Outcome.REFUSED) {
                        cases++;
                        refused++;
                    } else if (ro == Outcome.ASSIGNED) {
                        cases++;
                        assigned++;
                        needed--;
                    }
                }
            }
            inForce.put(m, countInForce(m));
        }
        // In flight: a third of a month's flow in each state before the assignment, in every region the targets touch,
        // from the families without an open case or an assignment in force (the demo users' districts first).
        int inFlight = 0;
        long flow = Math.max(1, Math.round(target(last, scale) / 5.0 / 3));
        Set<Long> busy = busyIn(last);
        List<Candidate> rest = new ArrayList<>();
        List<LocalDate> restDays = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!busy.contains(c.familyId())) {
                rest.add(c);
            }
        }
        rest.sort(java.util.Comparator.comparing((Candidate c) -> !DEMO_DISTRICTS.contains(c.territory().district())));
        // Only as many as the queues can take are asked (in the seeded order, the demo districts first).
        rest = new ArrayList<>(rest.subList(0, Math.min(rest.size(), (int) Math.max(400, 200 * flow))));
        for (Candidate c : rest) {
            restDays.add(today.minusDays(1 + Math.floorMod(c.familyId(), 3)));
        }
        Map<Long, Boolean> restAnswers = entitled(rest, restDays);
        Set<Long> used = new HashSet<>();
        for (Outcome stop : List.of(Outcome.REGISTERED, Outcome.SURVEYED, Outcome.PREPARED, Outcome.CONTRACT_PENDING)) {
            Set<String> served = new HashSet<>();
            int k = 0;
            for (int i = 0; i < rest.size(); i++) {
                Candidate c = rest.get(i);
                if (k >= flow + DEMO_DISTRICTS.size()) {
                    break;
                }
                boolean demo = DEMO_DISTRICTS.contains(c.territory().district());
                if (used.contains(c.familyId()) || (demo && served.contains(c.territory().district()))) {
                    continue;
                }
                // A contract needs a family the law entitles; an application, a survey or a decision to approve may
                // end in a refusal (a decision the law can make is enough).
                Boolean entitled = restAnswers.get(c.familyId());
                if (entitled == null || (stop == Outcome.CONTRACT_PENDING && !entitled)) {
                    continue;
                }
                used.add(c.familyId());
                Outcome o = inOneTransaction(c, restDays.get(i), stop);
                if (o != null && o != Outcome.UNDETERMINED) {
                    k++;
                    inFlight++;
                    if (demo) {
                        served.add(c.territory().district());
                    }
                }
            }
        }
        Report r = new Report(cases + inFlight, assigned, refused, inFlight, undetermined, inForce);
        log.info("Demo case histories: {} cases ({} assigned, {} refused, {} in flight), {} persons per assigned family; "
                + "families with АСП in force on the 1st: {}; months the law could not decide (no incomes in the "
                + "registry): {}", r.cases(), r.assigned(), r.refused(), r.inFlight(),
                families == 0 ? 0 : String.format(java.util.Locale.ROOT, "%.2f", (double) persons / families),
                new java.util.TreeMap<>(inForce), undetermined);
        return r;
    }

    /** A family's application day in a month: spread over the 2nd to the 21st, the same family on the same day. */
    static LocalDate applicationDay(Candidate c, YearMonth m) {
        return m.atDay(Math.min(2 + Math.floorMod(c.familyId() * 7 + m.getMonthValue(), 20), m.lengthOfMonth()));
    }

    /** Families with an open case, or an assignment running in the month (not ended before it). */
    private Set<Long> busyIn(YearMonth m) {
        return new HashSet<>(jdbc.sql("""
                        select family_id from aid_case
                        where state in ('registered', 'surveyed', 'decision-prepared', 'contract-pending')
                        union select family_id from aid_assignment where last_month >= :m""")
                .param("m", m.atDay(1)).query(Long.class).list());
    }

    /**
     * Of the next eight candidates, the largest family while the persons per family drawn so far are below the
     * published 5.4, else the smallest.
     */
    private static Candidate steer(List<Candidate> candidates, int at, boolean larger) {
        int best = at;
        for (int i = at + 1; i < Math.min(candidates.size(), at + 8); i++) {
            int d = Integer.compare(candidates.get(i).members(), candidates.get(best).members());
            if (larger ? d > 0 : d < 0) {
                best = i;
            }
        }
        if (best != at) {
            Candidate c = candidates.get(best);
            candidates.set(best, candidates.get(at));
            candidates.set(at, c);
        }
        return candidates.get(at);
    }

    /**
     * The law's answer for each family on its day, as the decision would read it: entitled, refused (false) or null
     * (undetermined). The registry's batch reading of the families ({@link FamilyRegistry#familiesForLaw}, what the
     * decision's single reading gives) and the law's АСП assessment, nothing written.
     */
    private Map<Long, Boolean> entitled(List<Candidate> cs, List<LocalDate> days) {
        Map<Long, Boolean> out = new HashMap<>();
        for (int from = 0; from < cs.size(); from += 2_000) {
            int to = Math.min(cs.size(), from + 2_000);
            List<FamilyOnDate> requests = new ArrayList<>();
            for (int i = from; i < to; i++) {
                requests.add(new FamilyOnDate(cs.get(i).familyId(), days.get(i)));
            }
            List<Optional<FamilyRecord>> read = registry.familiesForLaw(requests);
            for (int i = from; i < to; i++) {
                LocalDate on = days.get(i);
                out.put(cs.get(i).familyId(), read.get(i - from).map(f -> {
                    var a = law.assess(f.family(), on);
                    return a.decision() instanceof kz.shanyraq.law.measure.Undetermined ? null : a.entitled();
                }).orElse(false));
            }
        }
        return out;
    }

    private long countInForce(YearMonth m) {
        return jdbc.sql("""
                        select count(distinct family_id) from aid_assignment
                        where first_month <= :m and last_month >= :m and (ended_from is null or ended_from > :m)""")
                .param("m", m.atDay(1)).query(Long.class).single();
    }

    enum Outcome { REGISTERED, SURVEYED, PREPARED, CONTRACT_PENDING, ASSIGNED, REFUSED, UNDETERMINED }

    /**
     * A family's case in one transaction: all of it or, when a step refuses (or the law is undetermined: no decision
     * can be prepared), none of it. Null when refused.
     */
    private Outcome inOneTransaction(Candidate c, LocalDate applied, Outcome stop) {
        // A contract whose months ran out is followed up to the new application first (its case is closed by it and
        // no longer followed afterwards).
        followUps.followRanOut(c.familyId(), applied);
        return tx.execute(status -> {
            try {
                Outcome o = walkTo(c, applied, stop);
                if (o == Outcome.UNDETERMINED) {
                    status.setRollbackOnly();
                }
                return o;
            } catch (RuntimeException e) {
                status.setRollbackOnly();
                log.debug("case history of family {} skipped: {}", c.familyId(), e.getMessage());
                return null;
            }
        });
    }

    /** One family's case from its application on {@code applied} up to {@code stop}, through the steps' own rules. */
    private Outcome walkTo(Candidate c, LocalDate applied, Outcome stop) {
        Officer consultant = officer("consultant", Role.CONSULTANT, c.territory());
        Officer commission = officer("commission", Role.COMMISSION, c.territory());
        Officer officer = officer("officer", Role.DEPARTMENT_OFFICER, c.territory());
        long id = applications.register(consultant, new Applications.NewApplication(c.iin(), applied,
                c.familyId() % 5 == 0 ? "akimat" : "career-centre", IBAN, null));
        if (stop == Outcome.REGISTERED) {
            return stop;
        }
        decisions.recordSurvey(commission, id, new Decisions.Survey(applied.plusDays(1),
                "Акт обследования жилищно-бытовых условий (демонстрационный)", true, null));
        if (stop == Outcome.SURVEYED) {
            return stop;
        }
        try {
            decisions.prepare(consultant, id);
        } catch (CaseRefusedException e) {
            if (e.reason().equals("law-undetermined")) {
                return Outcome.UNDETERMINED;
            }
            throw e;
        }
        if (stop == Outcome.PREPARED) {
            return stop;
        }
        CaseState after = decisions.approve(officer, id, null, null);
        if (after == CaseState.REFUSED) {
            return Outcome.REFUSED;
        }
        if (after == CaseState.CONTRACT_PENDING && stop == Outcome.ASSIGNED) {
            LocalDate signed = applied.plusDays(3);
            List<Contracts.NewActivity> plan = new ArrayList<>();
            for (Contracts.MemberDuty d : contracts.duties(id, signed)) {
                if (d.ableBodied() && d.exemption() == null) {
                    plan.add(new Contracts.NewActivity(d.memberId(), d.memberId().hashCode() % 2 == 0
                            ? "public-works" : "vocational-training", signed.plusDays(30), consultant.name()));
                    // A second measure later in the contract, so that a repeated non-fulfilment can follow a first
                    // one after the month of its cut (MonitoringAndPayrollHistories).
                    plan.add(new Contracts.NewActivity(d.memberId(), "social-job", signed.plusDays(100),
                            consultant.name()));
                } else if (plan.isEmpty() && d.exemption() != null
                        && d.exemption().reason() != EmploymentExemption.Reason.PERMANENTLY_EMPLOYED) {
                    plan.add(new Contracts.NewActivity(d.memberId(), "screening", signed.plusDays(20),
                            "assistant"));
                }
            }
            if (plan.isEmpty()) {
                plan.add(new Contracts.NewActivity(contracts.duties(id, signed).get(0).memberId(), "screening",
                        signed.plusDays(20), "assistant"));
            }
            contracts.conclude(consultant, id, new Contracts.Conclusion(signed,
                    c.familyId() % 4 == 0 ? "three-months-at-once" : "monthly", plan));
        }
        return after == CaseState.CONTRACT_PENDING && stop == Outcome.CONTRACT_PENDING ? stop : Outcome.ASSIGNED;
    }

    /** An officer of the family's own district (the demo users of Sayram district by their names). */
    static Officer officer(String kind, Role role, Territory territory) {
        String name = territory.district().equals("KZ-61-01") ? switch (kind) {
            case "consultant" -> "consultant.turkestan";
            case "commission" -> "commission.turkestan";
            case "assistant" -> "assistant.turkestan";
            default -> "officer.turkestan";
        } : "demo." + kind + "." + territory.district();
        return new Officer(new ShanyraqUser(name, null, role, territory, true), "api");
    }
}
