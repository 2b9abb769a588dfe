package kz.shanyraq.app.proactive;

import kz.shanyraq.app.lifeevents.LifeEventTestSupport;
import kz.shanyraq.app.lifeevents.TestFamilies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** An offer's SMS wait in the queue, are shown there on the family card, and are written once, as sent. */
class SmsQueueTest extends LifeEventTestSupport {

    @Autowired
    ProactiveHistory history;
    @Autowired
    TransactionTemplate tx;

    @Test
    void a_queued_sms_is_shown_with_the_text_it_is_then_sent_with_and_is_written_once_as_sent() throws Exception {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        long[] offer = new long[1];
        // Queued and read in one transaction: the sender cannot take the messages before the card has shown them.
        Map<String, ProactiveHistory.Sms> queued = tx.execute(status -> {
            offer[0] = jdbc.sql("""
                    insert into offer (family_id, measure, kind, beneficiary, recipient_id, phone, period_from,
                                       payment, amount, explanation, expires_on)
                    values (:f, 'birth-allowance', 'offer', :b, :m, '+77011234567', current_date, 'ONE_TIME',
                            158964, 'test', current_date + 30)
                    returning id""").param("f", f.id()).param("b", String.valueOf(f.mother())).param("m", f.mother())
                    .query(Long.class).single();
            jdbc.sql("insert into sms_queue (offer_id, language) values (:o, 'kk'), (:o, 'ru')")
                    .param("o", offer[0]).update();
            return history.offers(f.id()).stream().filter(o -> o.id() == offer[0]).findFirst().orElseThrow()
                    .messages().stream().collect(Collectors.toMap(ProactiveHistory.Sms::language, m -> m));
        });
        assertThat(queued).containsOnlyKeys("kk", "ru");
        assertThat(queued.values()).allSatisfy(m -> assertThat(m.status()).isEqualTo("queued"));
        assertThat(queued.get("ru").text()).startsWith("Уважаемый гражданин!").contains("158 964 тг")
                .contains("ответьте: ДА " + offer[0] + "; чтобы отказаться: НЕТ " + offer[0]);
        assertThat(queued.get("kk").text()).startsWith("Құрметті азамат!").contains("ИӘ " + offer[0]);

        awaitSmsSent();

        List<Map<String, Object>> sent = template.queryForList("""
                select language, text, status, gateway, provider_message_id from sms_message
                 where offer_id = ? and direction = 'out' order by language""", offer[0]);
        assertThat(sent).hasSize(2);
        for (Map<String, Object> m : sent) {
            String language = (String) m.get("language");
            assertThat(m.get("text")).isEqualTo(queued.get(language).text());
            assertThat(m.get("status")).isEqualTo("sent");
            assertThat(m.get("gateway")).isEqualTo("outbox");
            // The reference the gateway got names the offer and the language: the same if handed over again.
            assertThat(m.get("provider_message_id")).isEqualTo("outbox-" + offer[0] + "-" + language);
        }
        assertThat(count("select count(*) from sms_queue where offer_id = ?", offer[0])).isZero();
    }

    @Test
    void messages_the_gateway_did_not_take_stay_queued_and_only_those_it_took_are_recorded_as_sent() {
        TestFamilies.Family f = family("KZ-59", "KZ-59-01");
        // In one transaction that is then rolled back: the server's own sender cannot see these messages.
        tx.executeWithoutResult(status -> {
            List<Long> offers = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                offers.add(jdbc.sql("""
                        insert into offer (family_id, measure, kind, beneficiary, recipient_id, phone, period_from,
                                           payment, amount, explanation, expires_on)
                        values (:f, 'birth-allowance', 'offer', :b, :m, '+77011234567', current_date - :i, 'ONE_TIME',
                                158964, 'test', current_date + 30)
                        returning id""").param("f", f.id()).param("b", String.valueOf(f.mother()))
                        .param("m", f.mother()).param("i", 100 + i).query(Long.class).single());
                jdbc.sql("insert into sms_queue (offer_id, language) values (:o, 'kk'), (:o, 'ru')")
                        .param("o", offers.get(i)).update();
            }
            // The provider takes three of these six messages and then refuses; messages of other tests pass.
            int[] ours = new int[1];
            SmsGateway refusingAfterThree = new SmsGateway() {
                @Override
                public String name() {
                    return "refusing";
                }

                @Override
                public String send(OutgoingSms sms) throws Exception {
                    if (offers.contains(sms.offerId()) && ++ours[0] > 3) {
                        throw new java.io.IOException("provider unavailable");
                    }
                    return "p-" + sms.reference();
                }
            };
            new SmsSender(jdbc, tx, refusingAfterThree).sendBatch();

            Long[] ids = offers.toArray(Long[]::new);
            assertThat(jdbc.sql("""
                    select offer_id || '-' || language from sms_message
                     where offer_id = any(:o) and direction = 'out' order by offer_id, language""")
                    .param("o", ids).query(String.class).list())
                    .containsExactly(offers.get(0) + "-kk", offers.get(0) + "-ru", offers.get(1) + "-kk");
            assertThat(jdbc.sql("select offer_id || '-' || language from sms_queue where offer_id = any(:o) "
                    + "order by offer_id, language").param("o", ids).query(String.class).list())
                    .containsExactly(offers.get(1) + "-ru", offers.get(2) + "-kk", offers.get(2) + "-ru");
            status.setRollbackOnly();
        });
    }
}
