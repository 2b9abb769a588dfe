package kz.shanyraq.app.proactive;

import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RepliesAndAssignmentsTest extends LifeEventTestSupport {

    @Autowired
    SmsReplies replies;
    @Autowired
    OfferExpiry expiry;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @BeforeEach
    void gatewayUser() {
        template.update("""
                insert into app_user (username, password_hash, role) values ('gateway.test', ?, 'sms-gateway')
                on conflict do nothing""", encoder.encode("shanyraq-demo"));
    }

    private record Offer(long id, String phone) {
    }

    /** A newborn's birth allowance offered to the mother. */
    private Offer birthOffer(String sourceId) throws Exception {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        String child = TestFamilies.iin(today(), 'F', 7100 + (int) (f.id() % 500) * 3);
        send(event(sourceId, "birth-registered", today(), child, Map.of("sex", "F", "motherIin", f.motherIin())))
                .andExpect(status().isAccepted());
        awaitProcessed(sourceId);
        return jdbc.sql("select id, phone from offer where family_id = :f and measure = 'birth-allowance'")
                .param("f", f.id()).query((rs, n) -> new Offer(rs.getLong(1), rs.getString(2))).single();
    }

    @Test
    void consent_creates_the_assignment_with_decision_period_amount_and_explanation() throws Exception {
        Offer offer = birthOffer("reply-consent");
        var result = replies.receive("sms-in-1", offer.phone(), "1 " + offer.id());

        assertThat(result.outcome()).isEqualTo(SmsReplies.Outcome.CONSENTED);
        Map<String, Object> a = template.queryForMap("select * from assignment where offer_id = ?", offer.id());
        assertThat(a.get("decision")).isEqualTo("assigned");
        assertThat((Long) a.get("amount")).isPositive();
        assertThat(a.get("period_from")).isNotNull();
        assertThat((String) a.get("explanation")).contains("Норма");
        assertThat(count("select count(*) from offer where id = ? and status = 'consented'", offer.id())).isEqualTo(1);
    }

    @Test
    void the_gateway_delivers_a_reply_through_the_callback_and_a_repeated_callback_changes_nothing() throws Exception {
        Offer offer = birthOffer("reply-callback");
        String reply = "{\"messageId\":\"prov-77\",\"phone\":\"" + offer.phone() + "\",\"text\":\"иә " + offer.id() + "\"}";
        mvc.perform(post("/api/sms/replies").contentType("application/json").content(reply)
                        .with(httpBasic("gateway.test", "shanyraq-demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("CONSENTED"));
        mvc.perform(post("/api/sms/replies").contentType("application/json").content(reply)
                        .with(httpBasic("gateway.test", "shanyraq-demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("DUPLICATE"));
        mvc.perform(post("/api/sms/replies").contentType("application/json").content(reply)
                        .with(httpBasic("operator", "shanyraq-demo")))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from assignment where offer_id = ?", offer.id())).isEqualTo(1);
        assertThat(count("select count(*) from sms_message where offer_id = ? and direction = 'in'", offer.id()))
                .isEqualTo(1);
    }

    @Test
    void concurrent_consents_to_one_offer_assign_it_once() throws Exception {
        Offer offer = birthOffer("reply-concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<SmsReplies.Result>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String pid = "race-" + i;
            calls.add(() -> replies.receive(pid, offer.phone(), "1 " + offer.id()));
        }
        List<SmsReplies.Outcome> outcomes = new ArrayList<>();
        for (Future<SmsReplies.Result> f : pool.invokeAll(calls)) {
            outcomes.add(f.get().outcome());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce(SmsReplies.Outcome.CONSENTED);
        assertThat(outcomes.stream().filter(o -> o == SmsReplies.Outcome.ALREADY_ANSWERED)).hasSize(15);
        assertThat(count("select count(*) from assignment where offer_id = ?", offer.id())).isEqualTo(1);
    }

    @Test
    void a_refusal_is_recorded_and_assigns_nothing() throws Exception {
        Offer offer = birthOffer("reply-refuse");
        assertThat(replies.receive("sms-no", offer.phone(), "ЖОҚ " + offer.id()).outcome())
                .isEqualTo(SmsReplies.Outcome.REFUSED);
        assertThat(replies.receive("sms-yes-late", offer.phone(), "1 " + offer.id()).outcome())
                .isEqualTo(SmsReplies.Outcome.ALREADY_ANSWERED);
        assertThat(count("select count(*) from offer where id = ? and status = 'refused'", offer.id())).isEqualTo(1);
        assertThat(count("select count(*) from assignment where offer_id = ?", offer.id())).isZero();
    }

    @Test
    void an_offer_nobody_answers_expires_after_its_days_and_a_late_consent_assigns_nothing() throws Exception {
        Offer offer = birthOffer("reply-expire");
        template.update("update offer set expires_on = ? where id = ?", today().minusDays(1), offer.id());
        assertThat(expiry.expireOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from offer where id = ? and status = 'expired'", offer.id())).isEqualTo(1);
        assertThat(replies.receive("sms-late", offer.phone(), "1 " + offer.id()).outcome())
                .isEqualTo(SmsReplies.Outcome.ALREADY_ANSWERED);
        assertThat(count("select count(*) from assignment where offer_id = ?", offer.id())).isZero();
    }

    @Test
    void a_reply_from_another_phone_answers_nothing() throws Exception {
        Offer offer = birthOffer("reply-other-phone");
        assertThat(replies.receive("sms-other", "+77000000001", "1 " + offer.id()).outcome())
                .isEqualTo(SmsReplies.Outcome.NO_OPEN_OFFER);
        assertThat(count("select count(*) from offer where id = ? and status = 'sent'", offer.id())).isEqualTo(1);
    }

    @Test
    void the_default_gateway_puts_each_sms_in_the_local_outbox_as_sent() throws Exception {
        Offer offer = birthOffer("reply-outbox");
        long deadline = System.currentTimeMillis() + 10_000;
        while (count("select count(*) from sms_message where offer_id = ? and status = 'sent'", offer.id()) < 2
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(jdbc.sql("select gateway from sms_message where offer_id = :o and direction = 'out'")
                .param("o", offer.id()).query(String.class).list()).containsExactly("outbox", "outbox");
    }
}
