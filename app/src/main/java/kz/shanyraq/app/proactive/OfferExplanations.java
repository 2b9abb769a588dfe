package kz.shanyraq.app.proactive;

import kz.shanyraq.app.entitlements.RegistryRegionalFigures;
import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * The legal explanation of an offer, rendered when the offer is first shown or answered rather than when it is made.
 *
 * <p>An offer is made with its <em>basis</em>: the family exactly as the law evaluated it on the offer's day
 * ({@link FamilyBasis}, a few hundred bytes) and that day. The explanation is rendered from the basis with the law of
 * that day — the same measure, family and law the event's evaluation used — so it is the explanation of the offer's
 * own facts, whatever the registry learnt since (a late event may change the facts of that day). Once rendered it is
 * stored with the offer, and the basis is dropped.
 */
@Service
public class OfferExplanations {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private final JdbcClient jdbc;
    private final RegistryRegionalFigures regional;

    OfferExplanations(JdbcClient jdbc, RegistryRegionalFigures regional) {
        this.jdbc = jdbc;
        this.regional = regional;
    }

    /** The compact inputs of the explanation: the family as the law read it ({@link FamilyBasis}). */
    public static byte[] basis(Family family) {
        return FamilyBasis.encode(family);
    }

    /** The family a {@link #basis} was made from. */
    public static Family family(byte[] basis) {
        return FamilyBasis.decode(basis);
    }

    /**
     * The explanation of a right in Russian: the measure evaluated with explanation for the family as of the law's day,
     * the beneficiary's entitlement rendered. What the offer (and the assignment copied from it) keeps.
     */
    public static String render(Measure measure, Family family, Law law, String beneficiary, long amount,
                                LocalDate from) {
        for (Decision d : measure.evaluate(family, law, true)) {
            if (d instanceof Entitlement e && e.beneficiary().equals(beneficiary) && e.explanation() != null) {
                return ExplanationText.render(e.explanation(), RU);
            }
        }
        return measure.title().ru() + ": " + amount + " тг с " + from;
    }

    /**
     * The explanations of the family's offers as the law gives them (conditions, parameters, steps), rendered from each
     * offer's basis with the law of its day, for the card to show like its own explanations. An offer whose basis was
     * dropped by an earlier version keeps only its stored text.
     */
    public Map<Long, Explanation> structured(long familyId) {
        record Basis(long id, String measure, String beneficiary, LocalDate on, byte[] basis) {
        }
        List<Basis> rows = jdbc.sql("""
                select id, measure, beneficiary, assessed_on, basis from offer
                 where family_id = :f and basis is not null""")
                .param("f", familyId)
                .query((rs, n) -> new Basis(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBytes(5)))
                .list();
        Map<Long, Explanation> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        ParameterBook book = regional.book();
        for (Basis b : rows) {
            Measure measure = Measures.byId(b.measure()).orElse(null);
            if (measure == null) {
                continue;
            }
            for (Decision d : measure.evaluate(family(b.basis()), book.on(b.on()), true)) {
                if (d instanceof Entitlement e && e.beneficiary().equals(b.beneficiary()) && e.explanation() != null) {
                    out.put(b.id(), e.explanation());
                }
            }
        }
        return out;
    }

    /** Renders and stores the explanations of the family's offers that have none yet (before the card shows them). */
    public void explainFamily(long familyId) {
        explain("family_id = :k", familyId);
    }

    /** Renders and stores the offer's explanation if it has none yet (before a consent copies it). */
    public void explainOffer(long offerId) {
        explain("id = :k", offerId);
    }

    private void explain(String which, long key) {
        record Pending(long id, String measure, String beneficiary, long amount, LocalDate from, LocalDate on,
                       byte[] basis) {
        }
        List<Pending> pending = jdbc.sql("""
                select id, measure, beneficiary, amount, period_from, assessed_on, basis
                  from offer where explanation is null and\s""" + which)
                .param("k", key)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBytes(7)))
                .list();
        if (pending.isEmpty()) {
            return;
        }
        ParameterBook book = regional.book();
        List<Long> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Pending p : pending) {
            Measure measure = Measures.byId(p.measure()).orElseThrow();
            ids.add(p.id());
            texts.add(render(measure, family(p.basis()), book.on(p.on()), p.beneficiary(), p.amount(), p.from()));
        }
        // Two viewers at once render the same text; the first to store it wins, the other changes nothing. The basis
        // is kept: the card shows the explanation from it in the reader's language (structured).
        jdbc.sql("""
                update offer o set explanation = q.x
                  from unnest(cast(:id as bigint[]), cast(:x as text[])) q (id, x)
                 where o.id = q.id and o.explanation is null""")
                .param("id", ids.toArray(Long[]::new)).param("x", texts.toArray(String[]::new))
                .update();
    }
}
