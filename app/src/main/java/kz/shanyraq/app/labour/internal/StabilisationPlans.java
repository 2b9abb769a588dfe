package kz.shanyraq.app.labour.internal;

import kz.shanyraq.app.labour.StabilisationPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores stabilisation plans and their points. */
@Component
public class StabilisationPlans {

    private final JdbcClient jdbc;

    StabilisationPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long open(String bin, String region, LocalDate on, String by, List<StabilisationPlan.NewPoint> points) {
        long id = jdbc.sql("""
                        insert into stabilisation_plan (bin, region_code, opened_on, opened_by, status)
                        values (:bin, :region, :on, :by, 'open') returning id""")
                .param("bin", bin).param("region", region).param("on", on).param("by", by)
                .query(Long.class).single();
        int item = 1;
        for (StabilisationPlan.NewPoint p : points) {
            jdbc.sql("""
                            insert into stabilisation_point (plan_id, item, action, responsible, due_on)
                            values (:plan, :item, :action, :responsible, :due)""")
                    .param("plan", id).param("item", item++).param("action", p.action())
                    .param("responsible", p.responsible()).param("due", p.dueOn()).update();
        }
        return id;
    }

    public Optional<StabilisationPlan> open(String bin) {
        return plans("bin = :key and status = 'open'", bin).stream().findFirst();
    }

    public Optional<StabilisationPlan> byId(long id) {
        return plans("id = :key", id).stream().findFirst();
    }

    public List<StabilisationPlan> ofEnterprise(String bin) {
        return plans("bin = :key", bin);
    }

    public boolean markDone(long plan, int item, LocalDate on) {
        return jdbc.sql("update stabilisation_point set done_on = :on where plan_id = :plan and item = :item and done_on is null")
                .param("on", on).param("plan", plan).param("item", item).update() == 1;
    }

    public void remove(long plan, LocalDate on, String by, long run, int workers) {
        jdbc.sql("""
                        update stabilisation_plan set status = 'removed', removed_on = :on, removed_by = :by,
                               removed_in_run = :run, workers_covered = :workers where id = :plan and status = 'open'""")
                .param("on", on).param("by", by).param("run", run).param("workers", workers).param("plan", plan)
                .update();
    }

    /** In the published run: {run id, headcount, social-tension band index}; empty when the run does not hold it. */
    public Optional<long[]> publishedTension(String bin) {
        return jdbc.sql("""
                        select s.run_id, s.headcount, s.bands[1] from labour_score s
                        join labour_scoring_run r on r.id = s.run_id and r.status = 'published' where s.bin = :bin""")
                .param("bin", bin)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}).optional();
    }

    /** Enterprises removed from the high-risk zone and the workers covered, in a region (null: the country). */
    public long[] removedTotals(String region) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(workers_covered), 0) from stabilisation_plan
                        where status = 'removed' and (cast(:r as text) is null or region_code = :r)""")
                .param("r", region)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getLong(2)}).single();
    }

    private List<StabilisationPlan> plans(String where, Object key) {
        List<Object[]> rows = jdbc.sql("""
                        select id, bin, opened_on, opened_by, status, removed_on, removed_in_run, workers_covered
                        from stabilisation_plan where %s order by id desc""".formatted(where))
                .param("key", key)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7),
                        rs.getObject(8)})
                .list();
        return rows.stream().map(r -> new StabilisationPlan((Long) r[0], (String) r[1], (LocalDate) r[2], (String) r[3],
                (String) r[4], (LocalDate) r[5], r[6] == null ? null : ((Number) r[6]).longValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(), points((Long) r[0]))).toList();
    }

    private List<StabilisationPlan.Point> points(long plan) {
        return jdbc.sql("select item, action, responsible, due_on, done_on from stabilisation_point where plan_id = :p order by item")
                .param("p", plan)
                .query((rs, n) -> new StabilisationPlan.Point(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }
}
