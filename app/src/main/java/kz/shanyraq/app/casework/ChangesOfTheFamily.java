package kz.shanyraq.app.casework;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Changes of a family during an assignment learnt from life events (issue 5's intake): the life-event workers hand
 * every batch of processed events here, in the batch's transaction, and one statement queues those of families with an
 * active assignment (about one family in a hundred receives АСП). Nothing else is done on the life-event path: the
 * recalculation itself is case work's queued follow-up ({@link ChangesOfTheFamilyWorker}), through the same
 * {@link Recalculations} a consultant uses.
 */
@Service
public class ChangesOfTheFamily {

    /**
     * The kinds of life event that change the family's members or income, and so its АСП amount: a birth, a death, a
     * marriage or a divorce (members), a job lost and a month's income (income; a new job reaches the registry as its
     * wage), a disability (its benefit is income, and it changes who is able-bodied).
     */
    public static final Set<String> KINDS = Set.of("birth-registered", "death-registered", "marriage", "divorce",
            "employment-terminated", "income-changed", "disability-established");

    private final JdbcClient jdbc;

    ChangesOfTheFamily(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the processed events (equal-length lists: event, kind, the family it was applied to or null, the day the
     * family was evaluated as of) whose family has an active assignment. One statement, in the caller's transaction;
     * an event queued twice is queued once.
     */
    public void queue(List<Long> events, List<String> kinds, List<Long> families, List<LocalDate> evaluatedOn) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into aid_family_change (assignment_id, life_event_id, kind, changed_on)
                        select a.id, q.event, q.kind, q.on_day
                          from unnest(cast(:e as bigint[]), cast(:k as text[]), cast(:f as bigint[]),
                                      cast(:d as date[])) q (event, kind, family, on_day)
                          join aid_assignment a on a.family_id = q.family and a.status = 'active'
                         where q.kind = any(cast(:kinds as text[]))
                        on conflict on constraint aid_family_change_once do nothing""")
                .param("e", events.toArray(Long[]::new)).param("k", kinds.toArray(String[]::new))
                .param("f", families.toArray(Long[]::new))
                .param("d", evaluatedOn.stream().map(LocalDate::toString).toArray(String[]::new))
                .param("kinds", KINDS.toArray(String[]::new))
                .update();
    }

    /** What became of a queued change. */
    public record Change(long id, long assignmentId, long lifeEventId, String kind, LocalDate changedOn, String status,
                         String reason, String outcome) {
    }

    /** The changes queued for a case's assignment, oldest first. */
    public List<Change> ofCase(long caseId) {
        return jdbc.sql("""
                        select ch.id, ch.assignment_id, ch.life_event_id, ch.kind, ch.changed_on, ch.status, ch.reason,
                               ch.outcome
                          from aid_family_change ch join aid_assignment a on a.id = ch.assignment_id
                         where a.case_id = :c order by ch.id""")
                .param("c", caseId)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }
}
