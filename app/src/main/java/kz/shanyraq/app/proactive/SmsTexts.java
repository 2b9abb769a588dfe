package kz.shanyraq.app.proactive;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.measure.Payment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The texts of offer SMS in Kazakh and Russian. The reply names the answer in words and the offer's number:
 * "ДА &lt;number&gt;" / "ИӘ &lt;number&gt;" consents, "НЕТ &lt;number&gt;" / "ЖОҚ &lt;number&gt;" refuses; the digits
 * "1" and "2" are still understood (see {@link ReplyText}).
 */
final class SmsTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private SmsTexts() {
    }

    static String kazakh(String kind, Text title, long amount, Payment payment, long offerId, LocalDate expires) {
        if ("invitation".equals(kind)) {
            return "Құрметті азамат! Отбасыңызға «" + title.kk() + "» тағайындалуы мүмкін. Өтініш алдын ала "
                    + "толтырылды. Беру үшін ИӘ " + offerId + ", бас тарту үшін ЖОҚ " + offerId + " деп жауап беріңіз ("
                    + offerId + " — ұсыныс нөмірі). Жауап " + DAY.format(expires) + " дейін қабылданады.";
        }
        return "Құрметті азамат! Сізге «" + title.kk() + "» тағайындалуы мүмкін: " + tenge(amount) + " теңге"
                + (payment == Payment.MONTHLY ? " айына" : "") + ". Келісу үшін ИӘ " + offerId + ", бас тарту үшін ЖОҚ "
                + offerId + " деп жауап беріңіз (" + offerId + " — ұсыныс нөмірі). Жауап " + DAY.format(expires)
                + " дейін қабылданады.";
    }

    static String russian(String kind, Text title, long amount, Payment payment, long offerId, LocalDate expires) {
        if ("invitation".equals(kind)) {
            return "Уважаемый гражданин! Вашей семье может быть назначена «" + title.ru() + "». Заявление заполнено "
                    + "заранее. Чтобы подать его, ответьте: ДА " + offerId + "; чтобы отказаться: НЕТ " + offerId + " ("
                    + offerId + " — номер предложения). Ответ принимается до " + DAY.format(expires) + ".";
        }
        return "Уважаемый гражданин! Вам может быть назначено: «" + title.ru() + "», " + tenge(amount) + " тг"
                + (payment == Payment.MONTHLY ? " в месяц" : "") + ". Чтобы согласиться, ответьте: ДА " + offerId
                + "; чтобы отказаться: НЕТ " + offerId + " (" + offerId + " — номер предложения). Ответ принимается до "
                + DAY.format(expires) + ".";
    }

    /** 45300 → "45 300" (a narrow no-break space would be lost by many phones). */
    static String tenge(long amount) {
        String s = Long.toString(amount);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(s.charAt(i));
        }
        return out.toString();
    }
}
