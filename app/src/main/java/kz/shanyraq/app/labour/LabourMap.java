package kz.shanyraq.app.labour;

import kz.shanyraq.app.labour.internal.EnterpriseStore;
import kz.shanyraq.app.labour.internal.LabourAccessLog;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.labour.Bin;
import kz.shanyraq.law.labour.EnterpriseFacts;
import kz.shanyraq.law.labour.EnterpriseRisk;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.law.labour.LabourRiskModel;
import kz.shanyraq.law.labour.PreventiveControl;
import kz.shanyraq.law.labour.ScoreResult;
import kz.shanyraq.law.labour.SectorHazard;
import kz.shanyraq.recompute.labour.LabourScoringRun;
import org.springframework.stereotype.Service;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The labour-risk map's reads and runs, with the access rules applied and every enterprise-level read logged: the
 * enterprise card (scores of the day, explained), the monitoring list, the regions' aggregates, scoring runs.
 */
@Service
public class LabourMap {

    public static final String SOCIAL_TENSION = "social-tension";
    public static final String OCCUPATIONAL_SAFETY = "occupational-safety";

    private final EnterpriseStore store;
    private final EnterpriseScoring scoring;
    private final LabourScoringRun runs;
    private final LabourAccessLog log;
    private final kz.shanyraq.app.labour.internal.AccidentRegister accidents;
    private final kz.shanyraq.app.labour.internal.StabilisationPlans plans;

    LabourMap(EnterpriseStore store, EnterpriseScoring scoring, LabourScoringRun runs, LabourAccessLog log,
              kz.shanyraq.app.labour.internal.AccidentRegister accidents,
              kz.shanyraq.app.labour.internal.StabilisationPlans plans) {
        this.accidents = accidents;
        this.plans = plans;
        this.store = store;
        this.scoring = scoring;
        this.runs = runs;
        this.log = log;
    }

    public EnterpriseCard card(ShanyraqUser user, String bin, LocalDate day, String channel) {
        String problem = Bin.problem(bin);
        if (problem != null) {
            throw LabourRefusedException.invalid("bin", problem);
        }
        EnterpriseStore.Enterprise e = store.enterprise(bin).orElse(null);
        try {
            LabourAccess.requireEnterpriseLevel(user, e == null ? null : e.regionCode());
        } catch (LabourRefusedException refused) {
            log.record(user.getUsername(), user.role().code(), channel, "enterprise-card", bin,
                    e == null ? null : e.regionCode(), day, "denied", refused.reason());
            throw refused;
        }
        if (e == null) {
            log.record(user.getUsername(), user.role().code(), channel, "enterprise-card", bin, null, day, "not-found", null);
            throw LabourRefusedException.notFound("no enterprise with BIN " + bin);
        }
        EnterpriseFacts facts = store.facts(bin, day).orElse(null);
        if (facts == null) {
            log.record(user.getUsername(), user.role().code(), channel, "enterprise-card", bin, e.regionCode(), day,
                    "not-found", "not-active");
            throw LabourRefusedException.notFound("enterprise " + bin + " is not active on " + day);
        }
        log.record(user.getUsername(), user.role().code(), channel, "enterprise-card", bin, e.regionCode(), day, "granted", null);
        EnterpriseRisk risk = scoring.score(facts, day);
        LabourRiskModel model = scoring.model();
        List<EnterpriseCard.Score> scores = new ArrayList<>();
        for (ScoreResult s : risk.scores()) {
            List<EnterpriseCard.Line> lines = s.lines().stream().map(l -> new EnterpriseCard.Line(l.indicator().code(),
                    l.indicator().title(), l.indicator().feature().unit(), l.indicator().source(), l.value(), l.points())).toList();
            EnterpriseCard.Trigger trigger = s.trigger().map(t -> new EnterpriseCard.Trigger(t.code(), t.title(), t.basis()))
                    .orElse(null);
            scores.add(new EnterpriseCard.Score(s.code(), s.definition().title(), s.total(), s.band().code(),
                    s.band().title(), s.isHigh(), trigger, s.decidedByTrigger(), lines));
        }
        EnterpriseCard.Published published = store.published(bin).map(p -> new EnterpriseCard.Published(p.runId(), p.asOf(),
                p.scores(), p.totals(), bandCodes(p))).orElse(null);
        List<EnterpriseCard.Transition> transitions = store.transitions(bin).stream()
                .map(t -> new EnterpriseCard.Transition(t.runId(), t.asOf(), t.score(), t.kind())).toList();
        return new EnterpriseCard(e.bin(), e.name(), e.oked(), SectorHazard.reference().classOf(e.oked()), e.regionCode(),
                e.districtId(), e.size(), e.registeredOn(), day,
                new EnterpriseCard.Model(model.id(), model.status(), model.title(), risk.modelVersionFrom(), risk.minimumWage()),
                scores, published, transitions);
    }

    private List<String> bandCodes(EnterpriseStore.PublishedScore p) {
        LabourRiskModel.Version v = scoring.model().on(p.asOf()).orElseThrow();
        List<String> out = new ArrayList<>();
        for (int s = 0; s < p.scores().size(); s++) {
            out.add(v.score(p.scores().get(s)).bands().get(p.bands().get(s)).code());
        }
        return out;
    }

    /** One entry of the preventive-control list, with its reasons and whether it was checked in the half-year. */
    public record ControlEntry(String bin, String name, int hazardClass, int degree, String band,
                               List<PreventiveControl.Reason> reasons, boolean checked) {
    }

    /**
     * @param half        e.g. {@code 2026-H1}; the list is formed from the facts of its first day
     * @param listed      enterprises on the list
     * @param checked     of them inspected from the list in the half-year
     */
    public record ControlList(String region, String half, LocalDate formedOn, String criteria, String status,
                              List<String> basis, int listed, int checked, List<ControlEntry> entries) {
    }

    /** The first and last day of a half-year like {@code 2026-H1}; refused (field {@code half}) otherwise. */
    static LocalDate[] halfYear(String half) {
        if (half == null || !half.matches("20[0-9]{2}-H[12]")) {
            throw LabourRefusedException.invalid("half", "a half-year like 2026-H1");
        }
        int year = Integer.parseInt(half.substring(0, 4));
        LocalDate from = LocalDate.of(year, half.endsWith("1") ? 1 : 7, 1);
        return new LocalDate[]{from, from.plusMonths(6).minusDays(1)};
    }

    /** The semi-annual preventive-control list of the inspector's region (territorial department). */
    public ControlList preventiveControl(ShanyraqUser user, String half, String channel) {
        LabourAccess.requireEnterpriseLevel(user, null);
        LocalDate[] days = halfYear(half);
        LocalDate from = days[0];
        LocalDate to = days[1];
        String region = user.scope().region();
        log.record(user.getUsername(), user.role().code(), channel, "preventive-control-list", null, region, from, "granted", null);
        PreventiveControl control = PreventiveControl.reference();
        var enterprises = store.regionFacts(region, from);
        List<String> bins = new ArrayList<>();
        List<PreventiveControl.Assessment> assessments = new ArrayList<>();
        for (int i = 0; i < enterprises.size(); i++) {
            PreventiveControl.Assessment a = control.assess(enterprises.facts()[i]);
            if (a.listed()) {
                bins.add(enterprises.bins()[i]);
                assessments.add(a);
            }
        }
        var names = store.names(bins);
        var checked = store.checkedFromList(bins, from, to);
        List<ControlEntry> entries = new ArrayList<>();
        for (int i = 0; i < bins.size(); i++) {
            PreventiveControl.Assessment a = assessments.get(i);
            entries.add(new ControlEntry(bins.get(i), names.get(bins.get(i)), a.hazardClass(), a.degree(), a.band(),
                    a.reasons(), checked.contains(bins.get(i))));
        }
        entries.sort(java.util.Comparator.comparingInt(ControlEntry::degree).reversed().thenComparing(ControlEntry::bin));
        return new ControlList(region, half, from, control.id(), control.status(), control.basis(), entries.size(),
                checked.size(), entries);
    }

    /**
     * Records an employer's accident notification after checking every field (each error names its field; nothing
     * is written when one is wrong). Operators (the integration with HR Enbek) and inspectors of the enterprise's
     * region.
     *
     * @return true when recorded, false when the same accident number was already recorded
     */
    public boolean notifyAccident(ShanyraqUser user, AccidentNotification n, LocalDate today, String channel) {
        if (user.role() != kz.shanyraq.app.security.Role.OPERATOR && user.role() != kz.shanyraq.app.security.Role.INSPECTOR) {
            throw LabourRefusedException.role();
        }
        if (n.accidentRef() == null || !n.accidentRef().matches("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")) {
            throw LabourRefusedException.invalid("accidentRef", "1–64 characters A–Z a–z 0–9 . _ : / -");
        }
        String binProblem = Bin.problem(n.bin());
        if (binProblem != null) {
            throw LabourRefusedException.invalid("bin", binProblem);
        }
        if (n.occurredOn() == null || n.occurredOn().isAfter(today)) {
            throw LabourRefusedException.invalid("occurredOn", "required, not in the future");
        }
        if (n.severity() == null || !java.util.List.of("light", "severe", "fatal").contains(n.severity())) {
            throw LabourRefusedException.invalid("severity", "one of light, severe, fatal");
        }
        int victims = n.victims() == null ? 0 : n.victims();
        int killed = n.killed() == null ? 0 : n.killed();
        if (victims < 1 || victims > 10_000) {
            throw LabourRefusedException.invalid("victims", "1 or more");
        }
        if (killed < 0 || killed > victims || ("fatal".equals(n.severity()) != (killed > 0))) {
            throw LabourRefusedException.invalid("killed", "0 to victims; 1 or more exactly when the severity is fatal");
        }
        LocalDate notified = n.notifiedOn() == null ? today : n.notifiedOn();
        if (notified.isBefore(n.occurredOn()) || notified.isAfter(today)) {
            throw LabourRefusedException.invalid("notifiedOn", "between the accident and today");
        }
        EnterpriseStore.Enterprise e = store.enterprise(n.bin())
                .orElseThrow(() -> LabourRefusedException.invalid("bin", "no enterprise with this BIN in the registry"));
        if (user.role() == kz.shanyraq.app.security.Role.INSPECTOR) {
            LabourAccess.requireEnterpriseLevel(user, e.regionCode());
        }
        log.record(user.getUsername(), user.role().code(), channel, "accident-notification", n.bin(), e.regionCode(),
                n.occurredOn(), "granted", null);
        return accidents.record(n.accidentRef(), n.bin(), n.occurredOn(), n.severity(), victims, killed, notified);
    }

    /**
     * Opens a stabilisation plan for an enterprise of the inspector's region that is in the high social-tension band
     * of the published run; one open plan per enterprise; every point needs an action, a responsible body and a due
     * date not in the past.
     */
    public StabilisationPlan openPlan(ShanyraqUser user, String bin, List<StabilisationPlan.NewPoint> points, LocalDate today) {
        EnterpriseStore.Enterprise e = enterpriseInScope(user, bin, "stabilisation-plan");
        long[] published = plans.publishedTension(bin)
                .orElseThrow(() -> LabourRefusedException.invalid("bin", "the published scoring run does not hold this enterprise"));
        if (published[2] != highBand(SOCIAL_TENSION)) {
            throw LabourRefusedException.invalid("bin", "not in the high social-tension band of the published run");
        }
        if (plans.open(bin).isPresent()) {
            throw LabourRefusedException.invalid("bin", "the enterprise already has an open stabilisation plan");
        }
        if (points == null || points.isEmpty()) {
            throw LabourRefusedException.invalid("points", "at least one point");
        }
        for (int i = 0; i < points.size(); i++) {
            StabilisationPlan.NewPoint p = points.get(i);
            if (p.action() == null || p.action().isBlank() || p.action().length() > 1000) {
                throw LabourRefusedException.invalid("points[" + i + "].action", "1–1000 characters");
            }
            if (p.responsible() == null || p.responsible().isBlank() || p.responsible().length() > 300) {
                throw LabourRefusedException.invalid("points[" + i + "].responsible", "1–300 characters");
            }
            if (p.dueOn() == null || p.dueOn().isBefore(today)) {
                throw LabourRefusedException.invalid("points[" + i + "].dueOn", "a date, today or later");
            }
        }
        long id = plans.open(bin, e.regionCode(), today, user.getUsername(), points);
        return plans.byId(id).orElseThrow();
    }

    public List<StabilisationPlan> plans(ShanyraqUser user, String bin) {
        enterpriseInScope(user, bin, "stabilisation-plan");
        return plans.ofEnterprise(bin);
    }

    public StabilisationPlan pointDone(ShanyraqUser user, long planId, int item, LocalDate today) {
        StabilisationPlan plan = plans.byId(planId).orElseThrow(() -> LabourRefusedException.notFound("no plan " + planId));
        enterpriseInScope(user, plan.bin(), "stabilisation-plan");
        if (!plans.markDone(planId, item, today)) {
            throw LabourRefusedException.invalid("item", "no open point " + item + " in plan " + planId);
        }
        return plans.byId(planId).orElseThrow();
    }

    /**
     * Removes an enterprise from the high-risk zone: only when the published run no longer puts it in the high
     * social-tension band; records that run and the workers it employed (the workers covered).
     */
    public StabilisationPlan removeFromHighRisk(ShanyraqUser user, long planId, LocalDate today) {
        StabilisationPlan plan = plans.byId(planId).orElseThrow(() -> LabourRefusedException.notFound("no plan " + planId));
        enterpriseInScope(user, plan.bin(), "stabilisation-plan");
        if (!"open".equals(plan.status())) {
            throw LabourRefusedException.invalid("plan", "the plan is not open");
        }
        long[] published = plans.publishedTension(plan.bin())
                .orElseThrow(() -> LabourRefusedException.invalid("plan", "the published scoring run does not hold this enterprise"));
        if (published[2] == highBand(SOCIAL_TENSION)) {
            throw LabourRefusedException.invalid("plan", "the published run still puts the enterprise in the high band");
        }
        plans.remove(planId, today, user.getUsername(), published[0], (int) published[1]);
        return plans.byId(planId).orElseThrow();
    }

    /** Enterprises removed from the high-risk zone and workers covered: the inspector's region or the country. */
    public java.util.Map<String, Object> removed(ShanyraqUser user) {
        String scope = LabourAccess.aggregateScope(user);
        long[] t = plans.removedTotals(scope);
        java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("region", scope);
        out.put("enterprises", t[0]);
        out.put("workersCovered", t[1]);
        return out;
    }

    private EnterpriseStore.Enterprise enterpriseInScope(ShanyraqUser user, String bin, String action) {
        String problem = Bin.problem(bin);
        if (problem != null) {
            throw LabourRefusedException.invalid("bin", problem);
        }
        EnterpriseStore.Enterprise e = store.enterprise(bin).orElse(null);
        try {
            LabourAccess.requireEnterpriseLevel(user, e == null ? null : e.regionCode());
        } catch (LabourRefusedException refused) {
            log.record(user.getUsername(), user.role().code(), "api", "enterprise-card", bin,
                    e == null ? null : e.regionCode(), null, "denied", refused.reason());
            throw refused;
        }
        if (e == null) {
            throw LabourRefusedException.notFound("no enterprise with BIN " + bin);
        }
        return e;
    }

    /** The monitoring list: the inspector's region, enterprises in the high social-tension band of the published run. */
    public List<EnterpriseStore.Monitored> monitoring(ShanyraqUser user, String channel) {
        LabourAccess.requireEnterpriseLevel(user, null);
        String region = user.scope().region();
        log.record(user.getUsername(), user.role().code(), channel, "monitoring-list", null, region, null, "granted", null);
        return store.monitoring(region, highBand(SOCIAL_TENSION));
    }

    /** The risk map: per region (the inspector's only; every region for an analyst). */
    public List<EnterpriseStore.RegionRow> regions(ShanyraqUser user, String channel) {
        String scope = LabourAccess.aggregateScope(user);
        log.record(user.getUsername(), user.role().code(), channel, "risk-map", null, scope, null, "granted", null);
        return store.regions(scope, highBand(SOCIAL_TENSION), highBand(OCCUPATIONAL_SAFETY));
    }

    public List<EnterpriseStore.Run> runs(ShanyraqUser user) {
        LabourAccess.requireRunHistory(user);
        return store.runs();
    }

    public LabourScoringRun.Report startRun(ShanyraqUser user, LocalDate day, String channel) {
        LabourAccess.requireRunControl(user);
        if (scoring.model().on(day).isEmpty()) {
            throw LabourRefusedException.invalid("on", "the labour-risk model has no version in force on " + day);
        }
        log.record(user.getUsername(), user.role().code(), channel, "scoring-run", null, null, day, "granted", null);
        try {
            return runs.run(day, user.getUsername());
        } catch (SQLException e) {
            throw new IllegalStateException("the scoring run failed: " + e.getMessage(), e);
        }
    }

    /** Runs the first scoring run of a demo registry (nobody signed in). */
    public void ensureFirstRun(LocalDate day) throws SQLException {
        if (!store.anyPublished()) {
            runs.run(day, "demo-startup");
        }
    }

    int highBand(String score) {
        LabourRiskModel.Version v = scoring.model().versions().get(scoring.model().versions().size() - 1);
        return v.score(score).bands().size() - 1;
    }
}
