package kz.shanyraq.law.explain;

import java.util.Locale;

/** A user-facing phrase in Russian, Kazakh and English. */
public record Text(String ru, String kk, String en) {

    public static Text of(String ru, String kk, String en) {
        return new Text(ru, kk, en);
    }

    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "kk" -> kk;
            default -> en;
        };
    }

    public String in(String language) {
        return in(Locale.forLanguageTag(language));
    }
}
