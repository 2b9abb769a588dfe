package kz.shanyraq.app.labour;

import kz.shanyraq.app.labour.internal.EnterpriseStore;
import kz.shanyraq.app.labour.internal.InspectionStore;
import kz.shanyraq.app.labour.internal.LabourAccessLog;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.labour.Bin;
import kz.shanyraq.law.labour.InspectionChecklist;
import kz.shanyraq.law.labour.LabourFines;
import kz.shanyraq.law.labour.Prescriptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labour inspector's work: inspections scheduled from the preventive-control list, unscheduled ones (a
 * complaint, an accident, the check of a prescription) and preventive control without a visit; the checklist, the
 * violations graded by the law's checklist with their fines in МРП and tenge as of the violation day, the
 * prescription and its execution; the work list of the territory. Inspectors of the enterprise's region only; every
 * read and write is in the labour access log; a wrong field is named and nothing is written.
 */
@Service
public class Inspectorate {

    static final Set<String> UNSCHEDULED_REASONS = Set.of("complaint", "accident", "prescription-check");

    /** What an inspector asks for: see {@link InspectorateApi}. */
    public record NewInspection(String bin, String kind, String reason, LocalDate on, String half,
                                String prescriptionRef, String complaintRef, String accidentRef, String conclusion) {
    }

    /** A checklist answer: an item not complied with becomes a violation, with the fine imposed in МРП (optional). */
    public record ChecklistAnswer(String item, Boolean compliant, String note, BigDecimal fineMrp) {
    }

    public record Result(LocalDate finishedOn, List<ChecklistAnswer> answers, LocalDate prescriptionDeadline) {
    }

    /** An inspection with everything found. */
    public record InspectionView(InspectionStore.Inspection inspection, List<InspectionStore.Answer> checklist,
                                 List<InspectionStore.Violation> violations, List<PrescriptionView> prescriptions,
                                 String checklistId, String checklistStatus) {
    }

    public record PrescriptionView(String ref, String inspectionRef, String bin, String name, LocalDate issuedOn,
                                   LocalDate deadline, LocalDate executedOn, String state) {
        static PrescriptionView of(InspectionStore.Prescription p, LocalDate day) {
            return new PrescriptionView(p.ref(), p.inspectionRef(), p.bin(), p.name(), p.issuedOn(), p.deadline(),
                    p.executedOn(), Prescriptions.on(p.deadline(), p.executedOn(), day).name().toLowerCase());
        }
    }

    /**
     * The work list of the inspector's region on a day: inspections planned or open (due: planned on or before the
     * day), prescriptions overdue, prescriptions open (deadline ahead), and the current half-year's list entries not
     * yet scheduled.
     */
    public record WorkList(String region, LocalDate day, String half, List<InspectionStore.Inspection> inspections,
                           List<PrescriptionView> overdue, List<PrescriptionView> open,
                           List<LabourMap.ControlEntry> toSchedule) {
    }

    private final InspectionStore store;
    private final EnterpriseStore enterprises;
    private final LabourMap map;
    private final LabourAccessLog log;
    private final LabourFines fines = LabourFines.standard();
    private final InspectionChecklist checklist = InspectionChecklist.reference();
    private final JdbcClient jdbc;

    Inspectorate(InspectionStore store, EnterpriseStore enterprises, LabourMap map, LabourAccessLog log, JdbcClient jdbc) {
        this.store = store;
        this.enterprises = enterprises;
        this.map = map;
        this.log = log;
        this.jdbc = jdbc;
    }

    public InspectionChecklist checklist() {
        return checklist;
    }

    /** Plans or records an inspection; see {@link NewInspection}. */
    public InspectionView open(ShanyraqUser user, NewInspection n, LocalDate today, String channel) {
        if (n == null) {
            throw LabourRefusedException.invalid("bin", "required");
        }
        EnterpriseStore.Enterprise e = enterprise(user, n.bin(), channel, "inspection");
        if (n.kind() == null || !List.of("scheduled", "unscheduled", "preventive-no-visit").contains(n.kind())) {
            throw LabourRefusedException.invalid("kind", "one of scheduled, unscheduled, preventive-no-visit");
        }
        if (n.on() == null) {
            throw LabourRefusedException.invalid("on", "required: the planned day (scheduled) or the day it began");
        }
        String ref = store.nextRef(e.bin());
        InspectionStore.Inspection row;
        switch (n.kind()) {
            case "scheduled" -> {
                if (n.reason() != null && !"preventive-control-list".equals(n.reason())) {
                    throw LabourRefusedException.invalid("reason", "a scheduled inspection comes from the preventive-control list");
                }
                LocalDate[] half = LabourMap.halfYear(n.half());
                if (n.on().isBefore(half[0]) || n.on().isAfter(half[1])) {
                    throw LabourRefusedException.invalid("on", "a day of the half-year " + n.half());
                }
                if (n.on().isBefore(today)) {
                    throw LabourRefusedException.invalid("on", "a planned day, today or later");
                }
                boolean listed = map.preventiveControl(user, n.half(), channel).entries().stream()
                        .anyMatch(x -> x.bin().equals(e.bin()));
                if (!listed) {
                    throw LabourRefusedException.invalid("bin", "not on the preventive-control list of " + n.half());
                }
                if (store.scheduledFromList(e.bin(), n.half())) {
                    throw LabourRefusedException.invalid("bin", "already scheduled from the list of " + n.half());
                }
                row = new InspectionStore.Inspection(ref, e.bin(), e.name(), e.regionCode(), "scheduled",
                        "preventive-control-list", "planned", n.on(), null, user.getUsername(), n.half(), null, null, null, null);
            }
            case "unscheduled" -> {
                if (n.reason() == null || !UNSCHEDULED_REASONS.contains(n.reason())) {
                    throw LabourRefusedException.invalid("reason", "one of complaint, accident, prescription-check");
                }
                if (n.on().isAfter(today)) {
                    throw LabourRefusedException.invalid("on", "not in the future");
                }
                String pr = null;
                String cr = null;
                String ar = null;
                if ("prescription-check".equals(n.reason())) {
                    var p = store.prescription(n.prescriptionRef() == null ? "" : n.prescriptionRef()).orElse(null);
                    if (p == null || !p.bin().equals(e.bin())) {
                        throw LabourRefusedException.invalid("prescriptionRef", "a prescription issued to this enterprise");
                    }
                    pr = p.ref();
                } else if ("complaint".equals(n.reason())) {
                    if (n.complaintRef() != null && !belongs("worker_complaint", "complaint_ref", n.complaintRef(), e.bin())) {
                        throw LabourRefusedException.invalid("complaintRef", "a complaint about this enterprise");
                    }
                    cr = n.complaintRef();
                } else {
                    if (n.accidentRef() == null || !belongs("workplace_accident", "accident_ref", n.accidentRef(), e.bin())) {
                        throw LabourRefusedException.invalid("accidentRef", "an accident at this enterprise");
                    }
                    ar = n.accidentRef();
                }
                row = new InspectionStore.Inspection(ref, e.bin(), e.name(), e.regionCode(), "unscheduled", n.reason(),
                        "open", n.on(), null, user.getUsername(), null, pr, cr, ar, null);
            }
            default -> {
                if (n.on().isAfter(today)) {
                    throw LabourRefusedException.invalid("on", "not in the future");
                }
                if (n.conclusion() == null || n.conclusion().isBlank() || n.conclusion().length() > 2000) {
                    throw LabourRefusedException.invalid("conclusion", "the conclusion or recommendations, 1–2000 characters");
                }
                row = new InspectionStore.Inspection(ref, e.bin(), e.name(), e.regionCode(), "preventive-no-visit",
                        "data-signal", "finished", n.on(), n.on(), user.getUsername(), null, null, null, null,
                        n.conclusion().strip());
            }
        }
        store.insert(row);
        return view(ref, today);
    }

    private boolean belongs(String table, String column, String ref, String bin) {
        return jdbc.sql("select exists (select 1 from " + table + " where " + column + " = :r and bin = :b)")
                .param("r", ref).param("b", bin).query(Boolean.class).single();
    }

    /** A planned inspection begins (on a day not in the future). */
    public InspectionView start(ShanyraqUser user, String ref, LocalDate on, LocalDate today, String channel) {
        InspectionStore.Inspection i = inspection(user, ref, channel);
        if (!"planned".equals(i.status())) {
            throw LabourRefusedException.invalid("status", "only a planned inspection begins");
        }
        if (on == null || on.isAfter(today)) {
            throw LabourRefusedException.invalid("on", "required, not in the future");
        }
        store.start(ref, on, user.getUsername());
        return view(ref, today);
    }

    /**
     * Finishes an open inspection with its checklist: every item answered at most once; an item not complied with is
     * a violation graded by the checklist, found on the day the inspection finished, with the fine imposed in МРП
     * (optional) and in tenge at that day's МРП for fines; a prescription with the deadline when there are violations.
     */
    public InspectionView finish(ShanyraqUser user, String ref, Result r, LocalDate today, String channel) {
        InspectionStore.Inspection i = inspection(user, ref, channel);
        if (!"open".equals(i.status())) {
            throw LabourRefusedException.invalid("status", "only an open inspection is finished (start a planned one first)");
        }
        if (r == null || r.finishedOn() == null || r.finishedOn().isBefore(i.startedOn()) || r.finishedOn().isAfter(today)) {
            throw LabourRefusedException.invalid("finishedOn", "between the inspection's first day and today");
        }
        if (r.answers() == null || r.answers().isEmpty()) {
            throw LabourRefusedException.invalid("answers", "at least one checklist item answered");
        }
        List<InspectionStore.Answer> answers = new ArrayList<>();
        List<InspectionStore.NewViolation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < r.answers().size(); k++) {
            ChecklistAnswer a = r.answers().get(k);
            String field = "answers[" + k + "]";
            InspectionChecklist.Item item = checklist.item(a == null ? null : a.item())
                    .orElseThrow(() -> LabourRefusedException.invalid(field + ".item", "an item of the checklist " + checklist.id()));
            if (!seen.add(item.code())) {
                throw LabourRefusedException.invalid(field + ".item", "answered twice");
            }
            if (a.compliant() == null) {
                throw LabourRefusedException.invalid(field + ".compliant", "true or false");
            }
            if (a.note() != null && a.note().length() > 1000) {
                throw LabourRefusedException.invalid(field + ".note", "at most 1000 characters");
            }
            if (a.fineMrp() != null && (a.compliant() || a.fineMrp().signum() < 0 || a.fineMrp().compareTo(new BigDecimal("100000")) > 0
                    || a.fineMrp().scale() > 2)) {
                throw LabourRefusedException.invalid(field + ".fineMrp", "0–100000 МРП with at most 2 decimals, only for an item not complied with");
            }
            answers.add(new InspectionStore.Answer(item.code(), a.compliant(), blankToNull(a.note())));
            if (!a.compliant()) {
                BigDecimal value = null;
                BigDecimal kzt = null;
                if (a.fineMrp() != null) {
                    try {
                        LabourFines.Fine fine = fines.fine(a.fineMrp(), r.finishedOn());
                        value = fine.mrpValue();
                        kzt = fine.tenge();
                    } catch (kz.shanyraq.law.parameter.ParameterUnknownException unknown) {
                        // the МРП of that day is not in the law book yet: the fine stays in МРП only
                    }
                }
                violations.add(new InspectionStore.NewViolation(item.code(), item.severity(), r.finishedOn(), a.fineMrp(),
                        value, kzt, blankToNull(a.note())));
            }
        }
        if (!violations.isEmpty() && (r.prescriptionDeadline() == null || !r.prescriptionDeadline().isAfter(r.finishedOn()))) {
            throw LabourRefusedException.invalid("prescriptionDeadline", "required when violations are found: a day after finishedOn");
        }
        if (violations.isEmpty() && r.prescriptionDeadline() != null) {
            throw LabourRefusedException.invalid("prescriptionDeadline", "no violation to prescribe");
        }
        store.finish(ref, i.bin(), r.finishedOn(), answers, violations, r.prescriptionDeadline());
        if ("prescription-check".equals(i.reason()) && i.prescriptionRef() != null) {
            // the check of a prescription ends with what it found: nothing violated means executed
            if (violations.isEmpty()) {
                store.execute(i.prescriptionRef(), r.finishedOn());
            }
        }
        return view(ref, today);
    }

    /** The employer executed a prescription (a day between its issue and today): its violations are fixed. */
    public PrescriptionView execute(ShanyraqUser user, String prescriptionRef, LocalDate on, LocalDate today, String channel) {
        InspectionStore.Prescription p = store.prescription(prescriptionRef == null ? "" : prescriptionRef)
                .orElseThrow(() -> LabourRefusedException.notFound("no prescription " + prescriptionRef));
        enterprise(user, p.bin(), channel, "inspection");
        if (on == null || on.isBefore(p.issuedOn()) || on.isAfter(today)) {
            throw LabourRefusedException.invalid("executedOn", "between the issue of the prescription and today");
        }
        if (!store.execute(p.ref(), on)) {
            throw LabourRefusedException.invalid("prescription", "already executed");
        }
        return PrescriptionView.of(store.prescription(p.ref()).orElseThrow(), today);
    }

    public InspectionView read(ShanyraqUser user, String ref, LocalDate today, String channel) {
        inspection(user, ref, channel);
        return view(ref, today);
    }

    public List<InspectionStore.Inspection> ofEnterprise(ShanyraqUser user, String bin, String channel) {
        enterprise(user, bin, channel, "inspection");
        return store.ofEnterprise(bin);
    }

    /** The region's inspections of a period with the figures: by kind, violations by grade, the share fixed, fines. */
    public record Register(String region, LocalDate from, LocalDate to, Map<String, Long> figures, Double shareFixed,
                           List<InspectionStore.Inspection> inspections) {
    }

    public Register register(ShanyraqUser user, LocalDate from, LocalDate to, String channel) {
        LabourAccess.requireEnterpriseLevel(user, null);
        String region = user.scope().region();
        log.record(user.getUsername(), user.role().code(), channel, "inspection", null, region, to, "granted", "register");
        Map<String, Long> f = store.figures(region, from, to);
        Double share = f.get("violations") == 0 ? null : (double) f.get("fixed") / f.get("violations");
        return new Register(region, from, to, f, share, store.ofRegion(region, from, to, 300));
    }

    public WorkList workList(ShanyraqUser user, LocalDate day, String channel) {
        LabourAccess.requireEnterpriseLevel(user, null);
        String region = user.scope().region();
        log.record(user.getUsername(), user.role().code(), channel, "work-list", null, region, day, "granted", null);
        List<PrescriptionView> overdue = new ArrayList<>();
        List<PrescriptionView> open = new ArrayList<>();
        for (InspectionStore.Prescription p : store.unexecuted(region, day)) {
            PrescriptionView v = PrescriptionView.of(p, day);
            ("overdue".equals(v.state()) ? overdue : open).add(v);
        }
        String half = day.getYear() + "-H" + (day.getMonthValue() <= 6 ? 1 : 2);
        List<LabourMap.ControlEntry> toSchedule = map.preventiveControl(user, half, channel).entries().stream()
                .filter(x -> !x.checked() && !store.scheduledFromList(x.bin(), half)).toList();
        return new WorkList(region, day, half, store.planned(region), overdue, open, toSchedule);
    }

    private InspectionView view(String ref, LocalDate today) {
        InspectionStore.Inspection i = store.inspection(ref).orElseThrow();
        return new InspectionView(i, store.answers(ref), store.violations(ref),
                store.prescriptionsOf(ref).stream().map(p -> PrescriptionView.of(p, today)).toList(),
                checklist.id(), checklist.status());
    }

    private InspectionStore.Inspection inspection(ShanyraqUser user, String ref, String channel) {
        InspectionStore.Inspection i = store.inspection(ref == null ? "" : ref).orElse(null);
        if (i == null) {
            LabourAccess.requireEnterpriseLevel(user, null);
            throw LabourRefusedException.notFound("no inspection " + ref);
        }
        enterprise(user, i.bin(), channel, "inspection");
        return i;
    }

    /** The enterprise, checked against the inspector's territory; the read is logged (granted or denied). */
    private EnterpriseStore.Enterprise enterprise(ShanyraqUser user, String bin, String channel, String action) {
        String problem = Bin.problem(bin);
        if (problem != null) {
            throw LabourRefusedException.invalid("bin", problem);
        }
        EnterpriseStore.Enterprise e = enterprises.enterprise(bin).orElse(null);
        try {
            LabourAccess.requireEnterpriseLevel(user, e == null ? null : e.regionCode());
        } catch (LabourRefusedException refused) {
            log.record(user.getUsername(), user.role().code(), channel, action, bin, e == null ? null : e.regionCode(),
                    null, "denied", refused.reason());
            throw refused;
        }
        if (e == null) {
            log.record(user.getUsername(), user.role().code(), channel, action, bin, null, null, "not-found", null);
            throw LabourRefusedException.invalid("bin", "no enterprise with this BIN in the registry");
        }
        log.record(user.getUsername(), user.role().code(), channel, action, bin, e.regionCode(), null, "granted", null);
        return e;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
