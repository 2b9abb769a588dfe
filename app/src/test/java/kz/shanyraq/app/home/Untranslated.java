package kz.shanyraq.app.home;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Russian or Kazakh page should not show: a message key Thymeleaf could not find ({@code ??key_kk??}), or a
 * word of three or more Latin letters (a code such as CITIZEN, "true", English) other than the abbreviations that are
 * the same in every language. Roman numerals (II, VII in "№ 224-VII") are numbers, not words.
 */
final class Untranslated {

    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}\\d])[A-Za-z]{3,}(?![\\p{L}\\d])");
    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    private Untranslated() {
    }

    static Set<String> in(String text, List<String> allowed) {
        Set<String> found = new LinkedHashSet<>();
        Matcher key = MISSING_KEY.matcher(text);
        while (key.find()) {
            found.add(key.group());
        }
        Matcher word = LATIN_WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            if (!allowed.contains(w) && !ROMAN.matcher(w).matches()) {
                found.add(w + " «" + around(text, word.start(), word.end()) + "»");
            }
        }
        return found;
    }

    private static String around(String text, int from, int to) {
        return text.substring(Math.max(0, from - 30), Math.min(text.length(), to + 30)).replaceAll("\\s+", " ");
    }
}
