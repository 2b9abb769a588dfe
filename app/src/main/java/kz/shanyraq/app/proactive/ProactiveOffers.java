package kz.shanyraq.app.proactive;

import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns new rights into offers. Runs in the transaction of the life event that revealed them: the offer and its SMS
 * (queued in the outbox) are written with the event's processing or not at all. A right already offered (same
 * measure, beneficiary and period start) is not offered again: the unique constraint decides.
 */
@Service
public class ProactiveOffers {

    private static final Locale RU = Locale.forLanguageTag("ru");

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
     * @param law     the law of that date (with the registry's regional figures), for the explanation
     * @param eventId the event that revealed the rights
     * @return ids of the offers created (rights offered before are skipped)
     */
    public List<Long> offer(FamilyRecord after, Law law, List<Entitlement> newRights, Long eventId) {
        List<Long> created = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate expires = today.plusDays(properties.offerDays());
        for (Entitlement right : newRights) {
            String kind = proactiveMeasures().get(right.measure());
            if (kind == null) {
                continue;
            }
            long recipient = recipient(after, right);
            String phone = phone(recipient, today);
            Measure measure = Measures.byId(right.measure()).orElseThrow();
            Optional<Long> id = jdbc.sql("""
                    insert into offer (family_id, event_id, measure, kind, beneficiary, recipient_id, phone,
                                       period_from, period_to, payment, amount, explanation, region_code, district_id,
                                       expires_on)
                    values (:family, :event, :measure, :kind, :beneficiary, :recipient, :phone, :from, :to, :payment,
                            :amount, :explanation, :region, :district, :expires)
                    on conflict (measure, beneficiary, period_from) do nothing
                    returning id""")
                    .param("family", after.id()).param("event", eventId).param("measure", right.measure())
                    .param("kind", kind).param("beneficiary", right.beneficiary()).param("recipient", recipient)
                    .param("phone", phone).param("from", right.from()).param("to", right.to())
                    .param("payment", right.payment().name()).param("amount", right.amount())
                    .param("explanation", explanation(measure, after.family(), law, right))
                    .param("region", after.territory() == null ? null : after.territory().region())
                    .param("district", after.territory() == null ? null : after.territory().district())
                    .param("expires", expires)
                    .query(Long.class).optional();
            if (id.isEmpty()) {
                continue;
            }
            Text title = measure.title();
            queue(id.get(), phone, SmsTexts.kazakh(kind, title, right.amount(), right.payment(), id.get(), expires),
                    SmsTexts.russian(kind, title, right.amount(), right.payment(), id.get(), expires));
            created.add(id.get());
        }
        return created;
    }

    /** The offer's SMS, in Kazakh and in Russian, queued for the gateway. */
    private void queue(long offerId, String phone, String kazakh, String russian) {
        jdbc.sql("""
                insert into sms_message (offer_id, direction, phone, language, text, status)
                values (:offer, 'out', :phone, 'kk', :kk, 'queued'), (:offer, 'out', :phone, 'ru', :ru, 'queued')""")
                .param("offer", offerId).param("phone", phone).param("kk", kazakh).param("ru", russian).update();
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

    /**
     * The recipient's phone from {@code person_contact}; when the registry has none, a synthetic number is made from
     * the person id and recorded as synthetic (no source system delivers phones to this demo registry).
     */
    private String phone(long personId, LocalDate today) {
        List<String> phone = jdbc.sql("""
                with known as (select phone from person_contact where person_id = :p),
                     made as (insert into person_contact (person_id, phone, synthetic, updated_on)
                              select :p, '+77' || lpad((:p % 1000000000)::text, 9, '0'), true, :today
                               where not exists (select 1 from known)
                              on conflict (person_id) do nothing returning phone)
                select phone from known union all select phone from made""")
                .param("p", personId).param("today", today).query(String.class).list();
        // Empty only if another transaction wrote the contact in between: then it is there to read.
        return !phone.isEmpty() ? phone.get(0) : jdbc.sql("select phone from person_contact where person_id = :p")
                .param("p", personId).query(String.class).single();
    }

    /** The legal explanation of the right in Russian, kept with the offer and copied into the assignment. */
    private static String explanation(Measure measure, Family family, Law law, Entitlement right) {
        for (Decision d : measure.evaluate(family, law, true)) {
            if (d instanceof Entitlement e && e.beneficiary().equals(right.beneficiary()) && e.explanation() != null) {
                return ExplanationText.render(e.explanation(), RU);
            }
        }
        return measure.title().ru() + ": " + right.amount() + " тг с " + right.from();
    }
}
