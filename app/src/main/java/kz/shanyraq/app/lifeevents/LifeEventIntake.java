package kz.shanyraq.app.lifeevents;

import kz.shanyraq.app.lifeevents.EventValidation.ValidEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Receives life events. A request (one event or a file batch) is validated in full first; any invalid event refuses
 * the whole request and nothing is written. Otherwise each event and its work item are written in the one
 * transaction that the acknowledgement reports: once the caller has the receipt, the event will be processed.
 * A duplicate (same source system and source id, same content) is a no-op thanks to the unique constraint.
 */
@Service
public class LifeEventIntake {

    private final JdbcClient jdbc;
    private final Clock clock;

    LifeEventIntake(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Events from a source system; {@code batchId} names the file they came in ({@code null} for REST). */
    @Transactional
    public List<EventReceipt> accept(List<IncomingEvent> events, String receivedBy, String batchId) {
        return store(validate(events, false), receivedBy, batchId);
    }

    /** Events the server produces itself (the daily age scan). */
    @Transactional
    public List<EventReceipt> acceptInternal(List<IncomingEvent> events) {
        return store(validate(events, true), "shanyraq", null);
    }

    private List<ValidEvent> validate(List<IncomingEvent> events, boolean internal) {
        if (events.isEmpty()) {
            throw new EventsRejectedException(List.of(EventValidation.problem(0, null, "events",
                    "нет ни одного события", "бірде-бір оқиға жоқ", "no events")));
        }
        LocalDate today = LocalDate.now(clock);
        List<EventProblem> problems = new ArrayList<>();
        List<ValidEvent> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            ValidEvent v = EventValidation.check(i, events.get(i), today, internal, problems);
            if (v != null) {
                if (!keys.add(v.sourceSystem() + "\u0000" + v.sourceId())) {
                    // Within one request the same id twice is a mistake of the sender, not a retry.
                    problems.add(EventValidation.problem(i, v.sourceId(), "sourceId",
                            "идентификатор повторяется в запросе", "идентификатор сұраныста қайталанады",
                            "the same source id appears twice in this request"));
                    continue;
                }
                valid.add(v);
            }
        }
        if (problems.isEmpty() && !internal) {
            checkAgainstRegistry(valid, problems);
        }
        if (!problems.isEmpty()) {
            throw new EventsRejectedException(problems);
        }
        return valid;
    }

    /** Persons the events name must be in the registry (or be born by an event already accepted or in this request). */
    private void checkAgainstRegistry(List<ValidEvent> events, List<EventProblem> problems) {
        Set<String> named = new HashSet<>();
        for (ValidEvent e : events) {
            named.add(e.iin());
            for (String f : List.of("motherIin", "fatherIin", "spouseIin")) {
                if (e.data(f) != null) {
                    named.add(e.data(f));
                }
            }
        }
        String[] iins = named.toArray(String[]::new);
        Set<String> known = new HashSet<>(jdbc.sql("select iin from person where iin = any(cast(:iins as bpchar[]))")
                .param("iins", iins).query(String.class).list());
        known.addAll(jdbc.sql("select subject_iin from life_event where kind = 'birth-registered' "
                        + "and subject_iin = any(cast(:iins as bpchar[])) and status <> 'failed'")
                .param("iins", iins).query(String.class).list());
        Set<String> bornHere = new HashSet<>();
        for (ValidEvent e : events) {
            if (e.kind() == LifeEventKind.BIRTH_REGISTERED) {
                // The same source event again is a duplicate or a conflict of content, reported as such when stored.
                if (known.contains(e.iin()) && existing(e).isEmpty()) {
                    problems.add(EventValidation.problem(e.index(), e.sourceId(), "iin",
                            "лицо с этим ИИН уже зарегистрировано", "бұл ЖСН-і бар тұлға тіркелген",
                            "a person with this IIN is already registered"));
                }
                bornHere.add(e.iin());
            } else if (!known.contains(e.iin()) && !bornHere.contains(e.iin())) {
                problems.add(EventValidation.problem(e.index(), e.sourceId(), "iin",
                        "лица с этим ИИН нет в реестре", "бұл ЖСН-і бар тұлға тізілімде жоқ",
                        "no person with this IIN in the registry"));
            }
            for (String f : List.of("motherIin", "fatherIin", "spouseIin")) {
                String other = e.data(f);
                if (other != null && !known.contains(other) && !bornHere.contains(other)) {
                    problems.add(EventValidation.problem(e.index(), e.sourceId(), "data." + f,
                            "лица с этим ИИН нет в реестре", "бұл ЖСН-і бар тұлға тізілімде жоқ",
                            "no person with this IIN in the registry"));
                }
            }
        }
    }

    private record Existing(long id, String hash) {
    }

    private Optional<Existing> existing(ValidEvent e) {
        return jdbc.sql("select id, content_hash from life_event where source_system = :s and source_id = :i")
                .param("s", e.sourceSystem()).param("i", e.sourceId())
                .query((rs, n) -> new Existing(rs.getLong(1), rs.getString(2))).optional();
    }

    /**
     * Writes the events and their work items with one statement (each event with its work item, or neither: a
     * duplicate meets the unique constraint and is skipped); then looks up the duplicates' earlier events together.
     * Ids follow the order of the request, so the workers process its events in that order.
     */
    private List<EventReceipt> store(List<ValidEvent> events, String receivedBy, String batchId) {
        int n = events.size();
        String[] system = new String[n];
        String[] sid = new String[n];
        String[] kind = new String[n];
        String[] on = new String[n];
        String[] iin = new String[n];
        String[] payload = new String[n];
        String[] hash = new String[n];
        for (int i = 0; i < n; i++) {
            ValidEvent e = events.get(i);
            system[i] = e.sourceSystem();
            sid[i] = e.sourceId();
            kind[i] = e.kind().code();
            on[i] = e.effectiveOn().toString();
            iin[i] = e.iin();
            payload[i] = json(e.data());
            hash[i] = e.contentHash();
        }
        Map<String, Long> inserted = new java.util.HashMap<>();
        jdbc.sql("""
                with ins as (
                    insert into life_event (source_system, source_id, kind, effective_on, subject_iin, payload,
                                            content_hash, received_by, batch_id)
                    select s, i, k, d, n, cast(p as jsonb), h, :by, :batch
                      from unnest(cast(:s as text[]), cast(:i as text[]), cast(:k as text[]), cast(:d as date[]),
                                  cast(:n as bpchar[]), cast(:p as text[]), cast(:h as text[]))
                           with ordinality as q (s, i, k, d, n, p, h, o)
                     order by q.o
                    on conflict (source_system, source_id) do nothing
                    returning id, source_system, source_id),
                     work as (insert into life_event_work (event_id) select id from ins)
                select id, source_system, source_id from ins""")
                .param("s", system).param("i", sid).param("k", kind).param("d", on).param("n", iin)
                .param("p", payload).param("h", hash).param("by", receivedBy).param("batch", batchId)
                .query(rs -> {
                    inserted.put(rs.getString(2) + "\u0000" + rs.getString(3), rs.getLong(1));
                });
        Map<String, Existing> before = new java.util.HashMap<>();
        if (inserted.size() < n) {
            List<Integer> duplicates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!inserted.containsKey(system[i] + "\u0000" + sid[i])) {
                    duplicates.add(i);
                }
            }
            jdbc.sql("""
                    select e.source_system, e.source_id, e.id, e.content_hash
                      from unnest(cast(:s as text[]), cast(:i as text[])) q (s, i)
                      join life_event e on e.source_system = q.s and e.source_id = q.i""")
                    .param("s", duplicates.stream().map(i -> system[i]).toArray(String[]::new))
                    .param("i", duplicates.stream().map(i -> sid[i]).toArray(String[]::new))
                    .query(rs -> {
                        before.put(rs.getString(1) + "\u0000" + rs.getString(2),
                                new Existing(rs.getLong(3), rs.getString(4)));
                    });
        }
        List<EventReceipt> receipts = new ArrayList<>(n);
        List<EventProblem> conflicts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ValidEvent e = events.get(i);
            String key = system[i] + "\u0000" + sid[i];
            Long id = inserted.get(key);
            if (id != null) {
                receipts.add(new EventReceipt(e.sourceSystem(), e.sourceId(), id, EventReceipt.Outcome.ACCEPTED));
                continue;
            }
            Existing earlier = before.get(key);
            if (earlier == null) {
                throw new IllegalStateException("event " + e.sourceId() + " neither inserted nor found");
            }
            if (!earlier.hash().equals(hash[i])) {
                conflicts.add(EventValidation.problem(e.index(), e.sourceId(), "sourceId",
                        "событие с этим идентификатором уже получено с другим содержанием",
                        "осы идентификатормен оқиға басқа мазмұнмен алынған",
                        "an event with this source id was received before with different content"));
            }
            receipts.add(new EventReceipt(e.sourceSystem(), e.sourceId(), earlier.id(), EventReceipt.Outcome.DUPLICATE));
        }
        if (!conflicts.isEmpty()) {
            // Rolls the whole request back (@Transactional): nothing of it stays written.
            throw new EventsRejectedException(conflicts);
        }
        return receipts;
    }

    static String json(Map<String, String> data) {
        StringBuilder out = new StringBuilder("{");
        data.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(k)).append(':').append(quote(v));
        });
        return out.append('}').toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
