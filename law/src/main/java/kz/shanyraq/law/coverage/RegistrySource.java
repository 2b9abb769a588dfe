package kz.shanyraq.law.coverage;

import kz.shanyraq.law.explain.Text;

import java.util.Arrays;
import java.util.Optional;

/**
 * A kind of facts the registry receives month by month from a source system, whose coverage is recorded: inside it a
 * missing month means none, outside it unknown. The code is the import's source kind and {@code source_coverage}'s key.
 */
public enum RegistrySource {
    INCOMES("incomes", Text.of("Доходы", "Табыстар", "Incomes")),
    SOCIAL_CONTRIBUTIONS("social-contributions", Text.of("Социальные отчисления", "Әлеуметтік аударымдар",
            "Social contributions"));

    private final String code;
    private final Text title;

    RegistrySource(String code, Text title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    /** The name that starts a sentence ("Incomes of Q3 2025 …"). */
    public Text title() {
        return title;
    }

    public static Optional<RegistrySource> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
