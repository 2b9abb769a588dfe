package kz.shanyraq.app.proactive;

import kz.shanyraq.app.entitlements.RegistryRegionalFigures;
import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Measures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An offer's legal explanation is rendered when the offer is shown or answered, from what the event saw. */
class OfferExplanationsTest extends LifeEventTestSupport {

    @Autowired
    FamilyRegistry registry;
    @Autowired
    RegistryRegionalFigures regional;
    @Autowired
    ProactiveHistory history;
    @Autowired
    OfferExplanations explanations;
    @Autowired
    SmsReplies replies;

    private record Pending(long id, String measure, String beneficiary, long amount, LocalDate from, LocalDate on) {
    }

    private List<Pending> pending(long familyId) {
        return jdbc.sql("""
                select id, measure, beneficiary, amount, period_from, assessed_on from offer
                 where family_id = :f and explanation is null and basis is not null order by id""")
                .param("f", familyId)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** What the event would have written, eagerly as before: the family of the offer's day and that day's law. */
    private String eager(long familyId, Pending o) {
        FamilyRecord family = registry.familyForLaw(familyId, o.on()).orElseThrow();
        return OfferExplanations.render(Measures.byId(o.measure()).orElseThrow(), family.family(),
                regional.book().on(o.on()), o.beneficiary(), o.amount(), o.from());
    }

    private TestFamilies.Family birth(String sourceId, int serial) throws Exception {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        String child = TestFamilies.iin(today(), 'M', serial);
        send(event(sourceId, "birth-registered", today(), child, Map.of("sex", "M", "motherIin", f.motherIin())))
                .andExpect(status().isAccepted());
        awaitProcessed(sourceId);
        return f;
    }

    @Test
    void a_birth_is_offered_without_its_explanation_and_the_family_card_shows_the_one_the_event_would_have_written()
            throws Exception {
        TestFamilies.Family f = birth("explain-card", 7401);
        List<Pending> pending = pending(f.id());
        assertThat(pending).extracting(Pending::measure).contains("birth-allowance");
        Map<Long, String> eager = pending.stream().collect(Collectors.toMap(Pending::id, o -> eager(f.id(), o)));

        Map<Long, String> shown = history.offers(f.id()).stream()
                .collect(Collectors.toMap(ProactiveHistory.OfferView::id, ProactiveHistory.OfferView::explanation));

        assertThat(shown).isEqualTo(eager);
        assertThat(shown.values()).allSatisfy(text -> assertThat(text).contains("Норма"));
        assertThat(count("select count(*) from offer where family_id = ? and explanation is null", f.id())).isZero();
        // The basis is kept: the card shows the explanation from it, structured, in the reader's language.
        assertThat(explanations.structured(f.id())).containsOnlyKeys(shown.keySet());
    }

    @Test
    void a_consent_to_an_offer_nobody_opened_assigns_it_with_the_explanation_of_the_offers_own_facts()
            throws Exception {
        TestFamilies.Family f = birth("explain-consent", 7403);
        Pending offer = pending(f.id()).stream().filter(o -> o.measure().equals("birth-allowance")).findFirst()
                .orElseThrow();
        String asMade = eager(f.id(), offer);
        // The civil registry corrects the child's birth order afterwards: the family of that day is now another one.
        template.update("update person set birth_order = 5 where id = ?", Long.parseLong(offer.beneficiary()));
        assertThat(eager(f.id(), offer)).isNotEqualTo(asMade);
        String phone = jdbc.sql("select phone from offer where id = :id").param("id", offer.id())
                .query(String.class).single();

        assertThat(replies.receive("explain-consent-1", phone, "1 " + offer.id()).outcome())
                .isEqualTo(SmsReplies.Outcome.CONSENTED);

        assertThat(template.queryForObject("select explanation from assignment where offer_id = ?", String.class,
                offer.id())).isEqualTo(asMade);
        assertThat(template.queryForObject("select explanation from offer where id = ?", String.class, offer.id()))
                .isEqualTo(asMade);
    }

    @Test
    void the_basis_gives_back_the_family_exactly_as_the_law_evaluated_it() {
        List<Long> ids = jdbc.sql("select id from family where id < 700000 order by id limit 300")
                .query(Long.class).list();
        assertThat(ids).isNotEmpty();
        for (long id : ids) {
            Family family = registry.familyForLaw(id, today()).orElseThrow().family();
            byte[] basis = OfferExplanations.basis(family);
            assertThat(OfferExplanations.family(basis)).as("family %d", id).isEqualTo(family);
        }
    }
}
