package kz.shanyraq.app.support;

import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.law.explain.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Recognises hard life situations by the rules in {@code hard_situation_rule} and opens cases. */
@Service
public class HardSituations {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private volatile List<HardSituationRule> rules;

    HardSituations(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<HardSituationRule> rules() {
        List<HardSituationRule> r = rules;
        if (r == null) {
            r = jdbc.sql("""
                    select code, event_kind, condition, deadline_days, priority, active, title_ru, title_kk, title_en
                      from hard_situation_rule order by priority, code""")
                    .query((rs, n) -> new HardSituationRule(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getInt(5), rs.getBoolean(6),
                            Text.of(rs.getString(7), rs.getString(8), rs.getString(9))))
                    .list();
            for (HardSituationRule rule : r) {
                if (!SituationConditions.ALL.containsKey(rule.condition())) {
                    throw new IllegalStateException("hard_situation_rule " + rule.code() + " names an unknown "
                            + "condition '" + rule.condition() + "' (known: " + SituationConditions.ALL.keySet() + ")");
                }
            }
            rules = r;
        }
        return r;
    }

    /**
     * Whether an active rule for events of this kind reads the family as it was before the event (not only the law's
     * last assessment of it): then the family must be read before the event's facts are applied.
     */
    public boolean readsFamilyBefore(String eventKind) {
        return names(eventKind, SituationConditions.READ_FAMILY_BEFORE);
    }

    /**
     * Whether an active rule for events of this kind needs to know if the event's subject was disabled before it (and
     * nothing else of the family before): then that is read before the facts are applied and given as
     * {@link Situation#subjectDisabledBefore}, or the family is read before.
     */
    public boolean readsDisabilityBefore(String eventKind) {
        return names(eventKind, SituationConditions.READ_DISABILITY_BEFORE);
    }

    private boolean names(String eventKind, java.util.Set<String> conditions) {
        for (HardSituationRule rule : rules()) {
            if (rule.active() && (rule.eventKind().equals(eventKind) || ANY_EVENT.equals(rule.eventKind()))
                    && conditions.contains(rule.condition())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens a case for every active rule the situation meets; a case already opened for the same family, rule and
     * event is not opened again. Runs in the caller's transaction.
     *
     * @return the rule codes of the cases opened
     */
    /** A rule's event kind that matches every event (a situation any change of facts can cause). */
    static final String ANY_EVENT = "any";

    public List<String> recognise(Situation s) {
        List<String> opened = new ArrayList<>();
        if (s.after() == null && s.before() == null) {
            return opened;
        }
        long familyId = s.after() != null ? s.after().id() : s.before().id();
        Territory where = s.after() != null && s.after().territory() != null ? s.after().territory()
                : s.before() != null ? s.before().territory() : null;
        for (HardSituationRule rule : rules()) {
            if (!rule.active() || !(rule.eventKind().equals(s.eventKind()) || ANY_EVENT.equals(rule.eventKind()))) {
                continue;
            }
            Predicate<Situation> condition = SituationConditions.ALL.get(rule.condition());
            if (!condition.test(s)) {
                continue;
            }
            int n = jdbc.sql("""
                    insert into support_case (family_id, rule_code, event_id, person_id, region_code, district_id,
                                              deadline)
                    values (:f, :rule, :event, :person, :region, :district, cast(:on as date) + :days)
                    on conflict (family_id, rule_code, event_id) do nothing""")
                    .param("f", familyId).param("rule", rule.code()).param("event", s.eventId())
                    .param("person", s.personId()).param("region", where == null ? null : where.region())
                    .param("district", where == null ? null : where.district())
                    // The deadline counts from the day the situation became known, not from its effective date.
                    .param("on", java.time.LocalDate.now(clock))
                    .param("days", rule.deadlineDays()).update();
            if (n > 0) {
                opened.add(rule.code());
            }
        }
        return opened;
    }

    /**
     * {@link #recognise} for many situations (of different families) with one statement: the cases each situation
     * opens are those {@link #recognise} opens for it.
     *
     * @return for each situation, the rule codes of the cases opened
     */
    public List<List<String>> recogniseAll(List<Situation> situations) {
        record Open(int situation, long family, String rule, long event, long person, String region, String district,
                    java.time.LocalDate deadline) {
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<Open> candidates = new ArrayList<>();
        for (int i = 0; i < situations.size(); i++) {
            Situation s = situations.get(i);
            if (s.after() == null && s.before() == null) {
                continue;
            }
            long familyId = s.after() != null ? s.after().id() : s.before().id();
            Territory where = s.after() != null && s.after().territory() != null ? s.after().territory()
                    : s.before() != null ? s.before().territory() : null;
            for (HardSituationRule rule : rules()) {
                if (!rule.active() || !(rule.eventKind().equals(s.eventKind())
                        || ANY_EVENT.equals(rule.eventKind()))) {
                    continue;
                }
                if (SituationConditions.ALL.get(rule.condition()).test(s)) {
                    candidates.add(new Open(i, familyId, rule.code(), s.eventId(), s.personId(),
                            where == null ? null : where.region(), where == null ? null : where.district(),
                            today.plusDays(rule.deadlineDays())));
                }
            }
        }
        List<List<String>> opened = new ArrayList<>(situations.size());
        for (int i = 0; i < situations.size(); i++) {
            opened.add(new ArrayList<>());
        }
        if (candidates.isEmpty()) {
            return opened;
        }
        java.util.Set<String> inserted = new java.util.HashSet<>();
        jdbc.sql("""
                insert into support_case (family_id, rule_code, event_id, person_id, region_code, district_id, deadline)
                select f, r, e, p, rc, d, dl
                  from unnest(cast(:f as bigint[]), cast(:r as text[]), cast(:e as bigint[]), cast(:p as bigint[]),
                              cast(:rc as text[]), cast(:d as text[]), cast(:dl as date[]))
                       with ordinality as q (f, r, e, p, rc, d, dl, i)
                 order by q.i
                on conflict (family_id, rule_code, event_id) do nothing
                returning family_id, rule_code, event_id""")
                .param("f", candidates.stream().map(Open::family).toArray(Long[]::new))
                .param("r", candidates.stream().map(Open::rule).toArray(String[]::new))
                .param("e", candidates.stream().map(Open::event).toArray(Long[]::new))
                .param("p", candidates.stream().map(Open::person).toArray(Long[]::new))
                .param("rc", candidates.stream().map(Open::region).toArray(String[]::new))
                .param("d", candidates.stream().map(Open::district).toArray(String[]::new))
                .param("dl", candidates.stream().map(o -> o.deadline().toString()).toArray(String[]::new))
                .query(rs -> {
                    inserted.add(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getLong(3));
                });
        for (Open o : candidates) {
            if (inserted.contains(o.family() + "/" + o.rule() + "/" + o.event())) {
                opened.get(o.situation()).add(o.rule());
            }
        }
        return opened;
    }
}
