package kz.shanyraq.app.labour.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Inspections, their checklists, violations and prescriptions (V50 tables and V54's additions). */
@Component
public class InspectionStore {

    public record Inspection(String ref, String bin, String name, String regionCode, String kind, String reason,
                             String status, LocalDate startedOn, LocalDate finishedOn, String inspector,
                             String halfYear, String prescriptionRef, String complaintRef, String accidentRef,
                             String conclusion) {
    }

    public record Answer(String item, boolean compliant, String note) {
    }

    public record Violation(int item, String severity, String checklistItem, LocalDate foundOn, BigDecimal fineMrp,
                            BigDecimal mrpValue, BigDecimal fineKzt, LocalDate fixedOn, String description) {
    }

    public record Prescription(String ref, String inspectionRef, String bin, String name, LocalDate issuedOn,
                               LocalDate deadline, LocalDate executedOn) {
    }

    /** A violation to write: its grade and fine worked out by the law beforehand. */
    public record NewViolation(String checklistItem, String severity, LocalDate foundOn, BigDecimal fineMrp,
                               BigDecimal mrpValue, BigDecimal fineKzt, String description) {
    }

    private final JdbcClient jdbc;

    InspectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSPECTION = """
            select i.inspection_ref, i.bin, e.name, e.region_code, i.kind, i.reason, i.status, i.started_on,
                   i.finished_on, i.inspector, i.half_year, i.prescription_ref, i.complaint_ref, i.accident_ref, i.conclusion
            from labour_inspection i join enterprise e on e.bin = i.bin""";

    private static Inspection inspection(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Inspection(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
    }

    public Optional<Inspection> inspection(String ref) {
        return jdbc.sql(INSPECTION + " where i.inspection_ref = :ref").param("ref", ref)
                .query((rs, n) -> inspection(rs)).optional();
    }

    public List<Inspection> ofEnterprise(String bin) {
        return jdbc.sql(INSPECTION + " where i.bin = :bin order by i.started_on desc, i.inspection_ref").param("bin", bin)
                .query((rs, n) -> inspection(rs)).list();
    }

    /** A region's inspections started between two days (planned ones by their planned day), newest first. */
    public List<Inspection> ofRegion(String region, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql(INSPECTION + """
                         where e.region_code = :r and i.started_on between :from and :to
                        order by i.started_on desc, i.inspection_ref limit :limit""")
                .param("r", region).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> inspection(rs)).list();
    }

    public List<Inspection> planned(String region) {
        return jdbc.sql(INSPECTION + " where e.region_code = :r and i.status in ('planned', 'open') order by i.started_on, i.inspection_ref")
                .param("r", region).query((rs, n) -> inspection(rs)).list();
    }

    public boolean exists(String ref) {
        return jdbc.sql("select exists (select 1 from labour_inspection where inspection_ref = :r)").param("r", ref)
                .query(Boolean.class).single();
    }

    /** A planned or open inspection of this enterprise from this half-year's list. */
    public boolean scheduledFromList(String bin, String half) {
        return jdbc.sql("""
                        select exists (select 1 from labour_inspection where bin = :b and half_year = :h
                                       and reason = 'preventive-control-list')""")
                .param("b", bin).param("h", half).query(Boolean.class).single();
    }

    public String nextRef(String bin) {
        long n = jdbc.sql("select count(*) from labour_inspection where bin = :b").param("b", bin).query(Long.class).single();
        String ref;
        do {
            n++;
            ref = "INS-" + bin + "-" + n;
        } while (exists(ref));
        return ref;
    }

    public void insert(Inspection i) {
        jdbc.sql("""
                        insert into labour_inspection (inspection_ref, bin, kind, reason, started_on, finished_on, inspector,
                                                       status, half_year, prescription_ref, complaint_ref, accident_ref, conclusion)
                        values (:ref, :bin, :kind, :reason, :started, :finished, :inspector, :status, :half, :pr, :cr, :ar, :conclusion)""")
                .param("ref", i.ref()).param("bin", i.bin()).param("kind", i.kind()).param("reason", i.reason())
                .param("started", i.startedOn()).param("finished", i.finishedOn()).param("inspector", i.inspector())
                .param("status", i.status()).param("half", i.halfYear()).param("pr", i.prescriptionRef())
                .param("cr", i.complaintRef()).param("ar", i.accidentRef()).param("conclusion", i.conclusion())
                .update();
    }

    public boolean start(String ref, LocalDate on, String inspector) {
        return jdbc.sql("""
                        update labour_inspection set status = 'open', started_on = :on, inspector = :inspector
                        where inspection_ref = :ref and status = 'planned'""")
                .param("on", on).param("inspector", inspector).param("ref", ref).update() == 1;
    }

    /**
     * Finishes an open inspection in one transaction: its checklist answers, a violation per item not complied with,
     * and (when there are violations and a deadline) one prescription ordering them fixed.
     *
     * @return the prescription's number, or null
     */
    @Transactional
    public String finish(String ref, String bin, LocalDate finishedOn, List<Answer> answers, List<NewViolation> violations,
                         LocalDate deadline) {
        int updated = jdbc.sql("update labour_inspection set status = 'finished', finished_on = :on where inspection_ref = :ref and status = 'open'")
                .param("on", finishedOn).param("ref", ref).update();
        if (updated != 1) {
            throw new IllegalStateException("inspection " + ref + " is not open");
        }
        for (Answer a : answers) {
            jdbc.sql("insert into labour_checklist_answer (inspection_ref, checklist_item, compliant, note) values (:ref, :item, :c, :note)")
                    .param("ref", ref).param("item", a.item()).param("c", a.compliant()).param("note", a.note()).update();
        }
        int item = 1;
        for (NewViolation v : violations) {
            jdbc.sql("""
                            insert into labour_violation (inspection_ref, item, severity, checklist_item, found_on, fine_mrp,
                                                          mrp_value, fine_kzt, description)
                            values (:ref, :item, :severity, :ci, :found, :mrp, :value, :kzt, :d)""")
                    .param("ref", ref).param("item", item++).param("severity", v.severity()).param("ci", v.checklistItem())
                    .param("found", v.foundOn()).param("mrp", v.fineMrp()).param("value", v.mrpValue())
                    .param("kzt", v.fineKzt()).param("d", v.description()).update();
        }
        if (violations.isEmpty() || deadline == null) {
            return null;
        }
        String pref = "PR-" + ref.replaceFirst("^INS-", "");
        jdbc.sql("""
                        insert into labour_prescription (prescription_ref, inspection_ref, bin, issued_on, deadline)
                        values (:p, :ref, :bin, :issued, :deadline)""")
                .param("p", pref).param("ref", ref).param("bin", bin).param("issued", finishedOn).param("deadline", deadline)
                .update();
        jdbc.sql("""
                        insert into labour_prescription_violation (prescription_ref, inspection_ref, item)
                        select :p, inspection_ref, item from labour_violation where inspection_ref = :ref""")
                .param("p", pref).param("ref", ref).update();
        return pref;
    }

    /** Records a preventive control without a visit: finished on the day, with its conclusion. */
    public void recordWithoutVisit(Inspection i) {
        insert(i);
    }

    public List<Answer> answers(String ref) {
        return jdbc.sql("select checklist_item, compliant, note from labour_checklist_answer where inspection_ref = :r order by checklist_item")
                .param("r", ref).query((rs, n) -> new Answer(rs.getString(1), rs.getBoolean(2), rs.getString(3))).list();
    }

    public List<Violation> violations(String ref) {
        return jdbc.sql("""
                        select item, severity, checklist_item, found_on, fine_mrp, mrp_value, fine_kzt, fixed_on, description
                        from labour_violation where inspection_ref = :r order by item""")
                .param("r", ref)
                .query((rs, n) -> new Violation(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getObject(8, LocalDate.class),
                        rs.getString(9)))
                .list();
    }

    private static final String PRESCRIPTION = """
            select p.prescription_ref, p.inspection_ref, p.bin, e.name, p.issued_on, p.deadline, p.executed_on
            from labour_prescription p join enterprise e on e.bin = p.bin""";

    private static Prescription prescription(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Prescription(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
    }

    public Optional<Prescription> prescription(String ref) {
        return jdbc.sql(PRESCRIPTION + " where p.prescription_ref = :r").param("r", ref).query((rs, n) -> prescription(rs)).optional();
    }

    public List<Prescription> prescriptionsOf(String inspectionRef) {
        return jdbc.sql(PRESCRIPTION + " where p.inspection_ref = :r order by p.prescription_ref").param("r", inspectionRef)
                .query((rs, n) -> prescription(rs)).list();
    }

    /** A region's prescriptions not executed by a day (their state is the law's Prescriptions.on). */
    public List<Prescription> unexecuted(String region, LocalDate day) {
        return jdbc.sql(PRESCRIPTION + """
                         where e.region_code = :r and p.issued_on <= :day and (p.executed_on is null or p.executed_on > :day)
                        order by p.deadline, p.prescription_ref limit 1000""")
                .param("r", region).param("day", day).query((rs, n) -> prescription(rs)).list();
    }

    /** Executes a prescription and marks the violations it ordered fixed, in one transaction. */
    @Transactional
    public boolean execute(String ref, LocalDate on) {
        if (jdbc.sql("update labour_prescription set executed_on = :on where prescription_ref = :r and executed_on is null")
                .param("on", on).param("r", ref).update() != 1) {
            return false;
        }
        jdbc.sql("""
                        update labour_violation v set fixed_on = :on from labour_prescription_violation pv
                        where pv.prescription_ref = :r and v.inspection_ref = pv.inspection_ref and v.item = pv.item
                          and v.fixed_on is null""")
                .param("on", on).param("r", ref).update();
        return true;
    }

    /**
     * A region's (or the country's, region null) inspection figures between two days: inspections by kind,
     * violations by grade, fixed, prescriptions, executed, fines in tenge.
     */
    public java.util.Map<String, Long> figures(String region, LocalDate from, LocalDate to) {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select count(*) filter (where i.status <> 'planned'),
                               count(*) filter (where i.kind = 'scheduled' and i.status <> 'planned'),
                               count(*) filter (where i.kind = 'unscheduled'),
                               count(*) filter (where i.kind in ('preventive-visit', 'preventive-no-visit'))
                        from labour_inspection i join enterprise e on e.bin = i.bin
                        where (cast(:r as text) is null or e.region_code = :r) and i.started_on between :from and :to""")
                .param("r", region).param("from", from).param("to", to)
                .query(rs -> {
                    out.put("inspections", rs.getLong(1));
                    out.put("scheduled", rs.getLong(2));
                    out.put("unscheduled", rs.getLong(3));
                    out.put("preventive", rs.getLong(4));
                });
        jdbc.sql("""
                        select count(*), count(*) filter (where v.severity = 'gross'),
                               count(*) filter (where v.severity = 'significant'), count(*) filter (where v.severity = 'minor'),
                               count(*) filter (where v.fixed_on is not null), coalesce(sum(v.fine_kzt), 0)::bigint,
                               count(*) filter (where v.fine_mrp is not null and v.fine_kzt is null)
                        from labour_violation v join labour_inspection i on i.inspection_ref = v.inspection_ref
                        join enterprise e on e.bin = i.bin
                        where (cast(:r as text) is null or e.region_code = :r) and v.found_on between :from and :to""")
                .param("r", region).param("from", from).param("to", to)
                .query(rs -> {
                    out.put("violations", rs.getLong(1));
                    out.put("gross", rs.getLong(2));
                    out.put("significant", rs.getLong(3));
                    out.put("minor", rs.getLong(4));
                    out.put("fixed", rs.getLong(5));
                    out.put("finesKzt", rs.getLong(6));
                    out.put("finesWithoutTenge", rs.getLong(7));
                });
        jdbc.sql("""
                        select count(*), count(*) filter (where p.executed_on is not null and p.executed_on <= :to),
                               count(*) filter (where p.deadline < :to and (p.executed_on is null or p.executed_on > :to))
                        from labour_prescription p join enterprise e on e.bin = p.bin
                        where (cast(:r as text) is null or e.region_code = :r) and p.issued_on between :from and :to""")
                .param("r", region).param("from", from).param("to", to)
                .query(rs -> {
                    out.put("prescriptions", rs.getLong(1));
                    out.put("executed", rs.getLong(2));
                    out.put("overdue", rs.getLong(3));
                });
        return out;
    }
}
