package kz.shanyraq.cli;

import kz.shanyraq.law.parameter.ParameterBook;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Options every law command shares: the date, the language, extra parameter folders. */
final class LawOptions {

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD",
            description = "The date the law is applied on.")
    LocalDate on;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "ru|kk|en",
            description = "Language of explanations and messages (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--parameters", paramLabel = "DIR",
            description = "A folder of extra parameter files (an operator's regional figures, a draft law).")
    Path parameters;

    Locale locale() {
        if (!lang.equals("ru") && !lang.equals("kk") && !lang.equals("en")) {
            throw new IllegalArgumentException("--lang must be ru, kk or en, not '" + lang + "'");
        }
        return Locale.forLanguageTag(lang);
    }

    ParameterBook book() {
        if (parameters == null) {
            return ParameterBook.standard();
        }
        return ParameterBook.builder().addShipped().addFolder(parameters).build();
    }
}
