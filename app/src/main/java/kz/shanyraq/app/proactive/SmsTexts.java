package kz.shanyraq.app.proactive;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.measure.Payment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The texts of offer SMS in Kazakh and Russian. The reply code is the offer number: "1 &lt;number&gt;" consents,
 * "2 &lt;number&gt;" refuses (see {@link ReplyText}).
 */
final class SmsTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private SmsTexts() {
    }

    static String kazakh(String kind, Text title, long amount, Payment payment, long offerId, LocalDate expires) {
        if ("invitation".equals(kind)) {
            return "Құрметті азамат! Отбасыңызға «" + title.kk() + "» тағайындалуы мүмкін. Өтініш алдын ала "
                    + "толтырылды. Беру үшін 1 " + offerId + ", бас тарту үшін 2 " + offerId + " деп жауап беріңіз. "
                    + DAY.format(expires) + " дейін.";
        }
        return "Құрметті азамат! Сізге «" + title.kk() + "» тағайындалуы мүмкін: " + tenge(amount) + " теңге"
                + (payment == Payment.MONTHLY ? " айына" : "") + ". Келісу үшін 1 " + offerId + ", бас тарту үшін 2 "
                + offerId + " деп жауап беріңіз. " + DAY.format(expires) + " дейін.";
    }

    static String russian(String kind, Text title, long amount, Payment payment, long offerId, LocalDate expires) {
        if ("invitation".equals(kind)) {
            return "Уважаемый гражданин! Вашей семье может быть назначена «" + title.ru() + "». Заявление заполнено "
                    + "заранее. Чтобы подать его, ответьте 1 " + offerId + ", для отказа 2 " + offerId + ". До "
                    + DAY.format(expires) + ".";
        }
        return "Уважаемый гражданин! Вам может быть назначено: «" + title.ru() + "», " + tenge(amount) + " тг"
                + (payment == Payment.MONTHLY ? " в месяц" : "") + ". Для согласия ответьте 1 " + offerId
                + ", для отказа 2 " + offerId + ". До " + DAY.format(expires) + ".";
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
