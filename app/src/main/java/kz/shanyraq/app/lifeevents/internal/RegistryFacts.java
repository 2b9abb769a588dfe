package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.db.SourceCoverageTable;
import kz.shanyraq.law.coverage.RegistrySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        return Optional.ofNullable(familiesOf(List.of(personId), List.of(on)).get(0));
    }

    /** Serialises work on one family across workers (held to the end of the transaction). */
    void lockFamily(long familyId) {
        jdbc.sql("select pg_advisory_xact_lock(7001, cast(:f as integer))").param("f", (int) (familyId % Integer.MAX_VALUE))
                .query(Object.class).optional();
    }

    /** Registers a newborn: person, citizenship, relation to the mother (and father), membership of her family (if any). */
    long birth(StoredEvent e, long motherId, Long fatherId, Long familyId) {
        Integer order = e.data("birthOrder") == null ? null : Integer.valueOf(e.data("birthOrder"));
        return births(List.of(new Birth(e.iin(), e.effectiveOn(), e.data("sex"), motherId, fatherId, order,
                familyId))).get(0);
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
        disabilities(List.of(new DisabilityRow(personId, from, to, group, cause, lossPercent)));
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
        return employmentsEnded(List.of(new ContractEnd(personId, employerBin, on, reason)))[0];
    }

    void income(long personId, YearMonth month, String type, String source, long amount) {
        incomes(List.of(new IncomeRow(personId, month, type, source, amount)));
    }

    void contribution(long personId, YearMonth month, long income) {
        contributions(List.of(new ContributionRow(personId, month, income)));
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

    // ---- The same facts for many events at once (the workers' batches): one statement per table. Each list holds
    // at most one event per person (the batch processes one event per family at a time), so an upsert never meets
    // its own row twice.

    /** Registry ids of the persons with these IINs (those the registry holds). */
    Map<String, Long> personIds(Set<String> iins) {
        Map<String, Long> out = new HashMap<>();
        if (iins.isEmpty()) {
            return out;
        }
        jdbc.sql("select iin, id from person where iin = any(cast(:iins as bpchar[]))")
                .param("iins", iins.toArray(String[]::new))
                .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    /** {@link #familyOf} for each (person, date), in the order given; {@code null} where the person has no family. */
    List<Long> familiesOf(List<Long> persons, List<LocalDate> dates) {
        Long[] out = new Long[persons.size()];
        if (persons.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                select q.k, (select family_id from family_member where person_id = q.p
                              order by (valid_from <= q.d and (valid_to is null or valid_to >= q.d)) desc,
                                       valid_from desc
                              limit 1)
                  from unnest(cast(:k as int[]), cast(:p as bigint[]), cast(:d as date[])) q (k, p, d)""")
                .param("k", indexes(persons.size())).param("p", persons.toArray(Long[]::new))
                .param("d", texts(dates))
                .query(rs -> {
                    out[rs.getInt(1)] = (Long) rs.getObject(2, Long.class);
                });
        return java.util.Arrays.asList(out);
    }

    /**
     * Of these families, those with an event still in the outbox that is older than {@code newest} and not one of
     * {@code mine}: another worker claimed it and left it (its family was busy), and may still hold it. The family is
     * the one the event's batch located ({@code located}: this server's workers share it), else the one the event's
     * person (a birth: the mother) belongs to on the event's effective date.
     */
    Set<Long> familiesWithEarlierEvents(Set<Long> families, long newest, List<Long> mine, Map<Long, Long> located) {
        if (families.isEmpty()) {
            return Set.of();
        }
        Set<Long> own = new HashSet<>(mine);
        Set<Long> out = new HashSet<>();
        List<Long> unknown = new ArrayList<>();
        // Below the newest event of this batch: its own and what the other workers claimed, a few hundred at most.
        for (Long id : jdbc.sql("select event_id from life_event_work where event_id < :newest")
                .param("newest", newest).query(Long.class).list()) {
            if (own.contains(id)) {
                continue;
            }
            Long family = located.get(id);
            if (family == null) {
                unknown.add(id);
            } else if (families.contains(family)) {
                out.add(family);
            }
        }
        if (!unknown.isEmpty()) {
            jdbc.sql("""
                    select f.family_id
                      from life_event e
                     -- Person by person through the IIN index.
                     cross join lateral (
                           select id from person
                            where iin = cast(case when e.kind = 'birth-registered' then e.payload->>'motherIin'
                                                  else e.subject_iin end as bpchar)) p
                     cross join lateral (
                           select family_id from family_member m where m.person_id = p.id
                            order by (m.valid_from <= e.effective_on
                                      and (m.valid_to is null or m.valid_to >= e.effective_on)) desc,
                                     m.valid_from desc
                            limit 1) f
                     where e.id = any(:ids)""")
                    .param("ids", unknown.toArray(Long[]::new))
                    .query(rs -> {
                        if (families.contains(rs.getLong(1))) {
                            out.add(rs.getLong(1));
                        }
                    });
        }
        return out;
    }

    /**
     * Takes the advisory lock of each family that no other transaction holds ({@link #lockFamily}'s lock), without
     * waiting: a family another worker is busy with is left for a later round, and no two batches can deadlock.
     *
     * @return the families now locked by this transaction
     */
    Set<Long> tryLockFamilies(Set<Long> families) {
        if (families.isEmpty()) {
            return Set.of();
        }
        List<Long> sorted = families.stream().sorted().toList();
        return new HashSet<>(jdbc.sql("""
                select f from unnest(cast(:f as bigint[])) f
                 where pg_try_advisory_xact_lock(7001, cast(f % 2147483647 as integer))""")
                .param("f", sorted.toArray(Long[]::new)).query(Long.class).list());
    }

    /** A birth to register in bulk ({@link #birth}). */
    record Birth(String iin, LocalDate on, String sex, long mother, Long father, Integer order, Long family) {
    }

    /** Registers newborns as {@link #birth} does; returns their new person ids in the order given. */
    List<Long> births(List<Birth> births) {
        if (births.isEmpty()) {
            return List.of();
        }
        int n = births.size();
        List<Long> ids = jdbc.sql("select nextval('registry_person_id') from generate_series(1, :n)")
                .param("n", n).query(Long.class).list();
        Integer[] order = new Integer[n];
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order[i] = births.get(i).order();
            if (order[i] == null) {
                counted.add(i);
            }
        }
        if (!counted.isEmpty()) {
            jdbc.sql("""
                    select q.k, (select count(*) + 1 from person where mother_id = q.m and birth_date <= q.d)
                      from unnest(cast(:k as int[]), cast(:m as bigint[]), cast(:d as date[])) q (k, m, d)""")
                    .param("k", counted.toArray(Integer[]::new))
                    .param("m", counted.stream().map(i -> births.get(i).mother()).toArray(Long[]::new))
                    .param("d", counted.stream().map(i -> births.get(i).on().toString()).toArray(String[]::new))
                    .query(rs -> {
                        order[rs.getInt(1)] = rs.getInt(2);
                    });
        }
        Long[] id = ids.toArray(Long[]::new);
        String[] on = births.stream().map(b -> b.on().toString()).toArray(String[]::new);
        jdbc.sql("""
                insert into person (id, iin, birth_date, sex, mother_id, birth_order)
                select * from unnest(cast(:id as bigint[]), cast(:iin as bpchar[]), cast(:on as date[]),
                                     cast(:sex as text[]), cast(:m as bigint[]), cast(:o as int[]))""")
                .param("id", id).param("iin", births.stream().map(Birth::iin).toArray(String[]::new))
                .param("on", on).param("sex", births.stream().map(Birth::sex).toArray(String[]::new))
                .param("m", births.stream().map(Birth::mother).toArray(Long[]::new)).param("o", order).update();
        jdbc.sql("""
                insert into person_status (person_id, status, valid_from)
                select id, 'citizen', d from unnest(cast(:id as bigint[]), cast(:on as date[])) q (id, d)""")
                .param("id", id).param("on", on).update();
        List<Long> rp = new ArrayList<>();
        List<Long> rr = new ArrayList<>();
        List<String> rk = new ArrayList<>();
        List<String> rd = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Birth b = births.get(i);
            rp.add(id[i]);
            rr.add(b.mother());
            rk.add("mother");
            rd.add(on[i]);
            if (b.father() != null) {
                rp.add(id[i]);
                rr.add(b.father());
                rk.add("father");
                rd.add(on[i]);
            }
        }
        jdbc.sql("""
                insert into person_relation (person_id, related_person_id, kind, valid_from)
                select * from unnest(cast(:p as bigint[]), cast(:r as bigint[]), cast(:k as text[]),
                                     cast(:d as date[]))
                on conflict do nothing""")
                .param("p", rp.toArray(Long[]::new)).param("r", rr.toArray(Long[]::new))
                .param("k", rk.toArray(String[]::new)).param("d", rd.toArray(String[]::new)).update();
        jdbc.sql("""
                insert into family_member (family_id, person_id, relation, valid_from)
                select f, id, 'child', d
                  from unnest(cast(:f as bigint[]), cast(:id as bigint[]), cast(:on as date[])) q (f, id, d)
                 where f is not null""")
                .param("f", births.stream().map(Birth::family).toArray(Long[]::new)).param("id", id)
                .param("on", on).update();
        return ids;
    }

    /** A month's income to record in bulk ({@link #income}). */
    record IncomeRow(long person, YearMonth month, String type, String source, long amount) {
    }

    void incomes(List<IncomeRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into income (person_id, month, type, source, amount)
                select * from unnest(cast(:p as bigint[]), cast(:m as date[]), cast(:t as text[]),
                                     cast(:s as text[]), cast(:a as bigint[]))""")
                // the view income (V103) replaces a month already recorded itself: no ON CONFLICT on a view
                .param("p", rows.stream().map(IncomeRow::person).toArray(Long[]::new))
                .param("m", rows.stream().map(r -> r.month().atDay(1).toString()).toArray(String[]::new))
                .param("t", rows.stream().map(IncomeRow::type).toArray(String[]::new))
                .param("s", rows.stream().map(IncomeRow::source).toArray(String[]::new))
                .param("a", rows.stream().map(IncomeRow::amount).toArray(Long[]::new)).update();
        covered(RegistrySource.INCOMES, rows.stream().map(IncomeRow::month).toList());
    }

    /**
     * The months of incomes or contributions received as events advance their source's coverage (in the event's
     * transaction): a month the intake has received is a month the registry holds. A source not tracked stays so
     * (one person's month does not make every other month unknown). Writes only when a month falls
     * outside the span, so the usual event (this month's income) takes no lock on the coverage row.
     */
    private void covered(RegistrySource source, List<YearMonth> months) {
        YearMonth first = months.stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = months.stream().max(YearMonth::compareTo).orElseThrow();
        boolean inside = jdbc.sql(SourceCoverageTable.COVERS).param(source.code()).param(first.atDay(1))
                .param(last.atDay(1)).query(Boolean.class).single();
        if (!inside) {
            jdbc.sql(SourceCoverageTable.ADVANCE).param(first.atDay(1)).param(last.atDay(1)).param(source.code())
                    .param(first.atDay(1)).param(last.atDay(1)).update();
        }
    }

    /** A month's contributions to record in bulk ({@link #contribution}). */
    record ContributionRow(long person, YearMonth month, long income) {
    }

    void contributions(List<ContributionRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into social_contribution (person_id, month, income)
                select * from unnest(cast(:p as bigint[]), cast(:m as date[]), cast(:i as bigint[]))
                on conflict (person_id, month) do update set income = excluded.income""")
                .param("p", rows.stream().map(ContributionRow::person).toArray(Long[]::new))
                .param("m", rows.stream().map(r -> r.month().atDay(1).toString()).toArray(String[]::new))
                .param("i", rows.stream().map(ContributionRow::income).toArray(Long[]::new)).update();
        covered(RegistrySource.SOCIAL_CONTRIBUTIONS, rows.stream().map(ContributionRow::month).toList());
    }

    /** A disability period to record in bulk ({@link #disability}). */
    record DisabilityRow(long person, LocalDate from, LocalDate to, Integer group, String cause, Integer lossPercent) {
    }

    void disabilities(List<DisabilityRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<LocalDate> ends = placeInTimeline("disability", rows.stream().map(DisabilityRow::person).toList(),
                rows.stream().map(DisabilityRow::from).toList());
        jdbc.sql("""
                insert into disability (person_id, grp, cause, work_capacity_loss_percent, valid_from, valid_to)
                select * from unnest(cast(:p as bigint[]), cast(:g as int[]), cast(:c as text[]), cast(:l as int[]),
                                     cast(:from as date[]), cast(:to as date[]))""")
                .param("p", rows.stream().map(DisabilityRow::person).toArray(Long[]::new))
                .param("g", rows.stream().map(DisabilityRow::group).toArray(Integer[]::new))
                .param("c", rows.stream().map(DisabilityRow::cause).toArray(String[]::new))
                .param("l", rows.stream().map(DisabilityRow::lossPercent).toArray(Integer[]::new))
                .param("from", texts(rows.stream().map(DisabilityRow::from).toList()))
                .param("to", texts(java.util.stream.IntStream.range(0, rows.size())
                        .mapToObj(i -> earlier(rows.get(i).to(), ends.get(i))).toList()))
                .update();
    }

    /** A contract end to record in bulk ({@link #employmentEnded}). */
    record ContractEnd(long person, String employerBin, LocalDate on, String reason) {
    }

    /** @return for each row, whether a running contract with the employer was found and ended */
    boolean[] employmentsEnded(List<ContractEnd> rows) {
        boolean[] ended = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return ended;
        }
        jdbc.sql("""
                update employment_contract c set ended_on = q.d, end_reason = q.reason
                  from unnest(cast(:k as int[]), cast(:p as bigint[]), cast(:bin as text[]), cast(:d as date[]),
                              cast(:reason as text[])) q (k, p, bin, d, reason)
                 where c.person_id = q.p and c.employer_bin = q.bin and c.started_on <= q.d
                   and (c.ended_on is null or c.ended_on > q.d)
                returning q.k""")
                .param("k", indexes(rows.size()))
                .param("p", rows.stream().map(ContractEnd::person).toArray(Long[]::new))
                .param("bin", rows.stream().map(ContractEnd::employerBin).toArray(String[]::new))
                .param("d", texts(rows.stream().map(ContractEnd::on).toList()))
                .param("reason", rows.stream().map(ContractEnd::reason).toArray(String[]::new))
                .query(rs -> {
                    ended[rs.getInt(1)] = true;
                });
        return ended;
    }

    /** {@link #placeInTimeline} for many persons of one table (each person once). */
    private List<LocalDate> placeInTimeline(String table, List<Long> persons, List<LocalDate> froms) {
        Long[] p = persons.toArray(Long[]::new);
        String[] f = texts(froms);
        jdbc.sql("delete from " + table + " t using unnest(cast(:p as bigint[]), cast(:f as date[])) q (p, f) "
                        + "where t.person_id = q.p and t.valid_from = q.f")
                .param("p", p).param("f", f).update();
        jdbc.sql("update " + table + " t set valid_to = q.f - 1 "
                        + "from unnest(cast(:p as bigint[]), cast(:f as date[])) q (p, f) "
                        + "where t.person_id = q.p and t.valid_from < q.f and (t.valid_to is null or t.valid_to >= q.f)")
                .param("p", p).param("f", f).update();
        LocalDate[] ends = new LocalDate[p.length];
        jdbc.sql("select q.k, (select min(valid_from) - 1 from " + table + " t where t.person_id = q.p "
                        + "and t.valid_from > q.f) from unnest(cast(:k as int[]), cast(:p as bigint[]), "
                        + "cast(:f as date[])) q (k, p, f)")
                .param("k", indexes(p.length)).param("p", p).param("f", f)
                .query(rs -> {
                    ends[rs.getInt(1)] = rs.getObject(2, LocalDate.class);
                });
        return java.util.Arrays.asList(ends);
    }

    private static Integer[] indexes(int n) {
        Integer[] k = new Integer[n];
        for (int i = 0; i < n; i++) {
            k[i] = i;
        }
        return k;
    }

    private static String[] texts(List<LocalDate> dates) {
        return dates.stream().map(d -> d == null ? null : d.toString()).toArray(String[]::new);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
