package kz.shanyraq.app.proactive;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads a citizen's reply: "1 123" / "да 123" / "иә 123" consents to offer 123; "2 123" / "нет" / "жоқ" refuses. */
record ReplyText(Answer answer, Long offerId) {

    enum Answer { CONSENT, REFUSAL }

    private static final Set<String> YES = Set.of("1", "да", "иә", "ия", "yes", "ok", "согласен", "келісемін");
    private static final Set<String> NO = Set.of("2", "нет", "жоқ", "no", "отказ");

    static Optional<ReplyText> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("[\\s,.;:!]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        Answer answer = YES.contains(words[0]) ? Answer.CONSENT : NO.contains(words[0]) ? Answer.REFUSAL : null;
        if (answer == null) {
            return Optional.empty();
        }
        Long offer = null;
        if (words.length > 1 && words[1].matches("[0-9]{1,18}")) {
            offer = Long.parseLong(words[1]);
        }
        return Optional.of(new ReplyText(answer, offer));
    }
}
