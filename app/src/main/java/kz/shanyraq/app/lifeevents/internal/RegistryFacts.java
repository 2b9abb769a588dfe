package kz.shanyraq.app.lifeevents.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Writes what an event says into the registry's facts. Facts are periods (valid from–to), and an event is placed in
 * its person's timeline by its effective date, not by when it arrived: a period that contains the date is cut the day
 * before, and the new period runs until the next known period starts. Applying events in any order therefore gives
 * the same timeline.
 */
@Component
class RegistryFacts {

    private final JdbcClient jdbc;

    RegistryFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> personId(String iin) {
        return jdbc.sql("select id from person where iin = :iin").param("iin", iin).query(Long.class).optional();
    }

    /** The family the person belongs to on the date, else the last family they belonged to. */
    Optional<Long> familyOf(long personId, LocalDate on) {
        return jdbc.sql("""
                select family_id from family_member where person_id = :p
                 order by (valid_from <= :on and (valid_to is null or valid_to >= :on)) desc, valid_from desc
                 limit 1""").param("p", personId).param("on", on).query(Long.class).optional();
    }

    /** Serialises work on one family across workers (held to the end of the transaction). */
    void lockFamily(long familyId) {
        jdbc.sql("select pg_advisory_xact_lock(7001, cast(:f as integer))").param("f", (int) (familyId % Integer.MAX_VALUE))
                .query(Object.class).optional();
    }

    /** Registers a newborn: person, citizenship, relation to the mother (and father), membership of her family. */
    long birth(StoredEvent e, long motherId, Long fatherId, Long familyId) {
        long id = jdbc.sql("select nextval('registry_person_id')").query(Long.class).single();
        Integer order = e.data("birthOrder") != null ? Integer.valueOf(e.data("birthOrder"))
                : jdbc.sql("select count(*) + 1 from person where mother_id = :m and birth_date <= :on")
                        .param("m", motherId).param("on", e.effectiveOn()).query(Integer.class).single();
        jdbc.sql("""
                insert into person (id, iin, birth_date, sex, mother_id, birth_order)
                values (:id, :iin, :on, :sex, :m, :order)""")
                .param("id", id).param("iin", e.iin()).param("on", e.effectiveOn()).param("sex", e.data("sex"))
                .param("m", motherId).param("order", order).update();
        jdbc.sql("insert into person_status (person_id, status, valid_from) values (:id, 'citizen', :on)")
                .param("id", id).param("on", e.effectiveOn()).update();
        relation(id, motherId, "mother", e.effectiveOn());
        if (fatherId != null) {
            relation(id, fatherId, "father", e.effectiveOn());
        }
        if (familyId != null) {
            jdbc.sql("""
                    insert into family_member (family_id, person_id, relation, valid_from)
                    values (:f, :id, 'child', :on)""")
                    .param("f", familyId).param("id", id).param("on", e.effectiveOn()).update();
        }
        return id;
    }

    /**
     * Records a death; when the deceased was a parent of children in the family, the family has lost a breadwinner
     * (the survivor benefit's question who qualifies is the law's).
     *
     * @return whether a breadwinner loss was recorded
     */
    boolean death(long personId, LocalDate on, Long familyId) {
        jdbc.sql("update person set death_date = :on where id = :id and (death_date is null or death_date > :on)")
                .param("on", on).param("id", personId).update();
        if (familyId == null) {
            return false;
        }
        boolean children = jdbc.sql("""
                select exists (select 1 from family_member fm join person c on c.id = fm.person_id
                 where fm.family_id = :f and fm.valid_from <= :on and (fm.valid_to is null or fm.valid_to >= :on)
                   and (c.mother_id = :p or exists (select 1 from person_relation r where r.person_id = c.id
                        and r.related_person_id = :p and r.kind in ('mother', 'father', 'guardian'))))""")
                .param("f", familyId).param("on", on).param("p", personId).query(Boolean.class).single();
        if (!children) {
            return false;
        }
        boolean bothLost = jdbc.sql("""
                select exists (select 1 from breadwinner_loss where family_id = :f and deceased_id <> :p)""")
                .param("f", familyId).param("p", personId).query(Boolean.class).single();
        return jdbc.sql("""
                insert into breadwinner_loss (family_id, deceased_id, died_on, both_parents_lost)
                values (:f, :p, :on, :both) on conflict do nothing""")
                .param("f", familyId).param("p", personId).param("on", on).param("both", bothLost).update() > 0;
    }

    void disability(long personId, LocalDate from, LocalDate to, Integer group, String cause, Integer lossPercent) {
        LocalDate end = placeInTimeline("disability", "person_id", personId, from);
        jdbc.sql("""
                insert into disability (person_id, grp, cause, work_capacity_loss_percent, valid_from, valid_to)
                values (:p, :g, :c, :l, :from, :to)""")
                .param("p", personId).param("g", group).param("c", cause).param("l", lossPercent)
                .param("from", from).param("to", earlier(to, end)).update();
    }

    void status(long personId, LocalDate from, String status) {
        LocalDate end = placeInTimeline("person_status", "person_id", personId, from);
        jdbc.sql("insert into person_status (person_id, status, valid_from, valid_to) values (:p, :s, :from, :to)")
                .param("p", personId).param("s", status).param("from", from).param("to", end).update();
    }

    void studyStarted(long personId, LocalDate from, boolean fullTime) {
        LocalDate end = placeInTimeline("study", "person_id", personId, from);
        jdbc.sql("insert into study (person_id, full_time, valid_from, valid_to) values (:p, :ft, :from, :to)")
                .param("p", personId).param("ft", fullTime).param("from", from).param("to", end).update();
    }

    void studyEnded(long personId, LocalDate on) {
        jdbc.sql("""
                update study set valid_to = :on where person_id = :p and valid_from <= :on
                   and (valid_to is null or valid_to > :on)""").param("on", on).param("p", personId).update();
    }

    void address(long familyId, LocalDate from, String region, String district, String locality) {
        LocalDate end = placeInTimeline("family_address", "family_id", familyId, from);
        jdbc.sql("""
                insert into family_address (family_id, region_code, district_id, locality, valid_from, valid_to)
                values (:f, :r, :d, :l, :from, :to)""")
                .param("f", familyId).param("r", region).param("d", district).param("l", locality)
                .param("from", from).param("to", end).update();
    }

    void marriage(long personId, long spouseId, LocalDate on) {
        relation(personId, spouseId, "spouse", on);
        relation(spouseId, personId, "spouse", on);
    }

    void divorce(long personId, long spouseId, LocalDate on) {
        jdbc.sql("""
                update person_relation set valid_to = :on
                 where kind = 'spouse' and ((person_id = :a and related_person_id = :b)
                                         or (person_id = :b and related_person_id = :a))
                   and valid_from <= :on and (valid_to is null or valid_to > :on)""")
                .param("on", on).param("a", personId).param("b", spouseId).update();
    }

    void award(long personId, String kind, LocalDate on) {
        // An award is given once; an earlier date reported later wins.
        jdbc.sql("""
                insert into award (person_id, kind, awarded_on) values (:p, :k, :on)
                on conflict (person_id, kind) do update set awarded_on = least(award.awarded_on, excluded.awarded_on)""")
                .param("p", personId).param("k", kind).param("on", on).update();
    }

    /** @return whether a running contract with the employer was found and ended */
    boolean employmentEnded(long personId, String employerBin, LocalDate on, String reason) {
        return jdbc.sql("""
                update employment_contract set ended_on = :on, end_reason = :reason
                 where person_id = :p and employer_bin = :bin and started_on <= :on
                   and (ended_on is null or ended_on > :on)""")
                .param("on", on).param("reason", reason).param("p", personId).param("bin", employerBin).update() > 0;
    }

    void income(long personId, YearMonth month, String type, String source, long amount) {
        jdbc.sql("""
                insert into income (person_id, month, type, source, amount) values (:p, :m, :t, :s, :a)
                on conflict (person_id, month, type, source) do update set amount = excluded.amount""")
                .param("p", personId).param("m", month.atDay(1)).param("t", type).param("s", source)
                .param("a", amount).update();
    }

    void contribution(long personId, YearMonth month, long income) {
        jdbc.sql("""
                insert into social_contribution (person_id, month, income) values (:p, :m, :i)
                on conflict (person_id, month) do update set income = excluded.income""")
                .param("p", personId).param("m", month.atDay(1)).param("i", income).update();
    }

    private void relation(long personId, long relatedId, String kind, LocalDate on) {
        jdbc.sql("""
                insert into person_relation (person_id, related_person_id, kind, valid_from)
                values (:p, :r, :k, :on) on conflict do nothing""")
                .param("p", personId).param("r", relatedId).param("k", kind).param("on", on).update();
    }

    /**
     * Makes room for a period starting on {@code from}: a period starting that very day is replaced, one that contains
     * the day ends the day before. Returns the day before the next period starts ({@code null}: none starts later).
     */
    private LocalDate placeInTimeline(String table, String key, long id, LocalDate from) {
        jdbc.sql("delete from " + table + " where " + key + " = :id and valid_from = :from")
                .param("id", id).param("from", from).update();
        jdbc.sql("update " + table + " set valid_to = :before where " + key + " = :id and valid_from < :from "
                        + "and (valid_to is null or valid_to >= :from)")
                .param("before", from.minusDays(1)).param("id", id).param("from", from).update();
        return jdbc.sql("select min(valid_from) - 1 from " + table + " where " + key + " = :id and valid_from > :from")
                .param("id", id).param("from", from).query(LocalDate.class).optional().orElse(null);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
