package kz.shanyraq.app.proactive;

import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.measure.Entitlement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns new rights into offers. Runs in the transaction of the life event that revealed them: the offer and its SMS
 * (queued in {@code sms_queue}, in Kazakh and Russian) are written with the event's processing or not at all. A right already offered (same
 * measure, beneficiary and period start) is not offered again: the unique constraint decides.
 */
@Service
public class ProactiveOffers {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ProactiveProperties properties;
    private volatile Map<String, String> measures;

    ProactiveOffers(JdbcClient jdbc, Clock clock, ProactiveProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Measures offered proactively and how ({@code offer} or {@code invitation}), from {@code proactive_measure}. */
    public Map<String, String> proactiveMeasures() {
        Map<String, String> m = measures;
        if (m == null) {
            m = jdbc.sql("select measure, kind from proactive_measure where active")
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
            measures = m;
        }
        return m;
    }

    /**
     * Offers each new right of a proactive measure.
     *
     * @param after   the family as of the date, after the event
     * @param eventId the event that revealed the rights
     * @return ids of the offers created (rights offered before are skipped)
     */
    public List<Long> offer(FamilyRecord after, List<Entitlement> newRights, Long eventId) {
        return offerAll(List.of(new NewRights(after, newRights, eventId))).get(0);
    }

    /** The new rights one event revealed, for {@link #offerAll}. */
    public record NewRights(FamilyRecord after, List<Entitlement> rights, Long eventId) {
    }

    /**
     * {@link #offer} for many events at once, with one statement each for the phones, the offers and the SMS: what
     * each event gets is what {@link #offer} gives when the events are offered one after another in this order.
     *
     * @return for each element of {@code events}, the ids of the offers created
     */
    public List<List<Long>> offerAll(List<NewRights> events) {
        LocalDate today = LocalDate.now(clock);
        LocalDate expires = today.plusDays(properties.offerDays());
        record Candidate(int event, Entitlement right, String kind, long recipient, String key) {
        }
        List<Candidate> candidates = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            NewRights e = events.get(i);
            for (Entitlement right : e.rights()) {
                String kind = proactiveMeasures().get(right.measure());
                if (kind == null) {
                    continue;
                }
                String key = right.measure() + "\u0000" + right.beneficiary() + "\u0000" + right.from();
                // The same right twice: the second would meet the first's row and be skipped, as one by one.
                if (keys.add(key)) {
                    candidates.add(new Candidate(i, right, kind, recipient(e.after(), right), key));
                }
            }
        }
        List<List<Long>> created = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            created.add(new ArrayList<>());
        }
        if (candidates.isEmpty()) {
            return created;
        }
        Map<Long, String> phones = phones(candidates.stream().map(Candidate::recipient).distinct().toList(), today);
        int n = candidates.size();
        Long[] family = new Long[n];
        Long[] event = new Long[n];
        String[] measure = new String[n];
        String[] kind = new String[n];
        String[] beneficiary = new String[n];
        Long[] recipient = new Long[n];
        String[] phone = new String[n];
        String[] from = new String[n];
        String[] to = new String[n];
        String[] payment = new String[n];
        Long[] amount = new Long[n];
        String[] on = new String[n];
        byte[][] basis = new byte[n][];
        // The explanation's inputs, once per event: its offers share the family (OfferExplanations).
        Map<Integer, byte[]> bases = new java.util.HashMap<>();
        String[] region = new String[n];
        String[] district = new String[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            NewRights e = events.get(c.event());
            Entitlement right = c.right();
            family[i] = e.after().id();
            event[i] = e.eventId();
            measure[i] = right.measure();
            kind[i] = c.kind();
            beneficiary[i] = right.beneficiary();
            recipient[i] = c.recipient();
            phone[i] = phones.get(c.recipient());
            from[i] = right.from().toString();
            to[i] = right.to() == null ? null : right.to().toString();
            payment[i] = right.payment().name();
            amount[i] = right.amount();
            on[i] = e.after().on().toString();
            basis[i] = bases.computeIfAbsent(c.event(), k -> OfferExplanations.basis(e.after().family()));
            region[i] = e.after().territory() == null ? null : e.after().territory().region();
            district[i] = e.after().territory() == null ? null : e.after().territory().district();
        }
        // Offer ids follow the order of the candidates (events, then rights), as when offered one by one.
        Map<String, Long> inserted = new java.util.HashMap<>();
        jdbc.sql("""
                insert into offer (family_id, event_id, measure, kind, beneficiary, recipient_id, phone, period_from,
                                   period_to, payment, amount, assessed_on, basis, region_code, district_id, expires_on)
                select f, e, m, k, b, r, ph, pf, pt, pay, a, ao, bs, rc, d, :expires
                  from unnest(cast(:f as bigint[]), cast(:e as bigint[]), cast(:m as text[]), cast(:k as text[]),
                              cast(:b as text[]), cast(:r as bigint[]), cast(:ph as text[]), cast(:pf as date[]),
                              cast(:pt as date[]), cast(:pay as text[]), cast(:a as bigint[]), cast(:ao as date[]),
                              cast(:bs as bytea[]), cast(:rc as text[]), cast(:d as text[]))
                       with ordinality as q (f, e, m, k, b, r, ph, pf, pt, pay, a, ao, bs, rc, d, i)
                 order by q.i
                on conflict (measure, beneficiary, period_from) do nothing
                returning id, measure, beneficiary, period_from""")
                .param("f", family).param("e", event).param("m", measure).param("k", kind).param("b", beneficiary)
                .param("r", recipient).param("ph", phone).param("pf", from).param("pt", to).param("pay", payment)
                .param("a", amount).param("ao", on).param("bs", basis).param("rc", region).param("d", district)
                .param("expires", expires)
                .query(rs -> {
                    inserted.put(rs.getString(2) + "\u0000" + rs.getString(3) + "\u0000"
                            + rs.getObject(4, LocalDate.class), rs.getLong(1));
                });
        // Each offer is queued for SMS in both languages; the sender renders the texts and writes them when sent.
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            Long id = inserted.get(c.key());
            if (id != null) {
                queued.add(id);
                created.get(c.event()).add(id);
            }
        }
        if (!queued.isEmpty()) {
            jdbc.sql("""
                    insert into sms_queue (offer_id, language)
                    select o, l from unnest(cast(:o as bigint[])) o cross join unnest(array['kk', 'ru']) l
                     order by o, l""")
                    .param("o", queued.toArray(Long[]::new))
                    .update();
        }
        return created;
    }

    /** {@link #phone} for many persons: known numbers, and synthetic ones made for the others. */
    private Map<Long, String> phones(List<Long> persons, LocalDate today) {
        Map<Long, String> out = new java.util.HashMap<>();
        Long[] ids = persons.toArray(Long[]::new);
        jdbc.sql("""
                with known as (select person_id, phone from person_contact where person_id = any(:p)),
                     made as (insert into person_contact (person_id, phone, synthetic, updated_on)
                              select p, '+77' || lpad((p % 1000000000)::text, 9, '0'), true, :today
                                from unnest(cast(:p as bigint[])) p
                               where not exists (select 1 from known k where k.person_id = p)
                              on conflict (person_id) do nothing returning person_id, phone)
                select person_id, phone from known union all select person_id, phone from made""")
                .param("p", ids).param("today", today)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        if (out.size() < ids.length) {
            // Written meanwhile by another transaction: now there to read.
            List<Long> missing = persons.stream().filter(p -> !out.containsKey(p)).toList();
            jdbc.sql("select person_id, phone from person_contact where person_id = any(:p)")
                    .param("p", missing.toArray(Long[]::new))
                    .query(rs -> {
                        out.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return out;
    }

    /**
     * Who is asked: an adult beneficiary themselves; for a child, the mother if she is in the family, else the head;
     * for a family-level measure, the head.
     */
    static long recipient(FamilyRecord record, Entitlement right) {
        Family family = record.family();
        LocalDate on = record.on();
        Optional<Member> beneficiary = family.member(right.beneficiary());
        if (beneficiary.isPresent() && beneficiary.get().ageOn(on) >= 18) {
            return Long.parseLong(beneficiary.get().id());
        }
        if (beneficiary.isPresent() && beneficiary.get().motherId() != null
                && family.member(beneficiary.get().motherId()).isPresent()) {
            return Long.parseLong(beneficiary.get().motherId());
        }
        return family.members().stream()
                .filter(m -> m.ageOn(on) >= 18)
                .min(Comparator.comparingInt((Member m) -> m.relation() == Relation.HEAD ? 0
                        : m.relation() == Relation.SPOUSE ? 1 : 2))
                .or(() -> family.members().stream().findFirst())
                .map(m -> Long.parseLong(m.id()))
                .orElseThrow(() -> new IllegalStateException("family " + record.id() + " has no member to ask"));
    }
}
