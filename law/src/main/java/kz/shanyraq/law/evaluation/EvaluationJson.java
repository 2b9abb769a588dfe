package kz.shanyraq.law.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Problem;
import kz.shanyraq.law.json.LawJson;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.wellbeing.WellbeingScore;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON form of a {@link FamilyEvaluation}, as the {@code evaluate} command prints it. The format is documented
 * by {@code schema/evaluation.schema.json}; an explanation appears only when the evaluation was explained.
 */
public final class EvaluationJson {

    /** Classpath location of the schema of this output. */
    public static final String SCHEMA_RESOURCE = "kz/shanyraq/law/schema/evaluation.schema.json";

    /** Two-space indentation, {@code "key": value}, one array element per line: easy to read and to diff. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    private EvaluationJson() {
    }

    /** Pretty-printed JSON. */
    public static String write(FamilyEvaluation evaluation) {
        try {
            return LawJson.mapper().writer(PRETTY).writeValueAsString(view(evaluation));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(FamilyEvaluation evaluation) {
        return LawJson.mapper().valueToTree(view(evaluation));
    }

    static View view(FamilyEvaluation e) {
        return new View(e.family(), e.on(),
                e.entitlements().stream().map(d -> new EntitlementView(d.measure(), e.title(d.measure()),
                        d.beneficiary(), code(d.payment()), d.from(), d.to(), d.amount(), d.explanation())).toList(),
                e.refusals().stream().map(d -> new RefusalView(d.measure(), e.title(d.measure()), d.beneficiary(),
                        d.condition(), d.reason(), d.explanation())).toList(),
                e.undetermined().stream().map(d -> new UndeterminedView(d.measure(), e.title(d.measure()),
                        d.beneficiary(), d.parameter(), d.reason(), d.explanation())).toList(),
                new Totals(e.monthlyTotal(), e.oneTimeTotal()),
                e.warnings(),
                e.category() == null && e.level() == null ? null
                        : new Wellbeing(score(e.category()), score(e.level())));
    }

    private static ScoreView score(WellbeingScore s) {
        if (s == null) {
            return null;
        }
        return new ScoreView(s.methodology(), s.versionFrom(), s.outcomeCode(), s.outcomeTitle(), s.points(),
                s.decidedBy(), s.reason(), s.criteria().stream().map(c -> new CriterionView(c.code(), c.group(),
                c.feature().code(), c.value(), c.band(), c.points())).toList(), s.explanation());
    }

    /** {@code monthly} or {@code one-time}. */
    static String code(Payment payment) {
        return payment.name().toLowerCase().replace('_', '-');
    }

    @JsonPropertyOrder({"family", "on", "entitlements", "refusals", "undetermined", "totals", "warnings", "wellbeing"})
    record View(String family, LocalDate on, List<EntitlementView> entitlements, List<RefusalView> refusals,
                List<UndeterminedView> undetermined, Totals totals, List<Problem> warnings, Wellbeing wellbeing) {
    }

    /** The 2025 category and the 2023 level (both reference methodologies). */
    @JsonPropertyOrder({"category", "level"})
    record Wellbeing(ScoreView category, ScoreView level) {
    }

    @JsonPropertyOrder({"methodology", "version", "outcome", "title", "points", "decidedBy", "reason", "criteria",
            "explanation"})
    record ScoreView(String methodology, LocalDate version, String outcome, Text title, long points,
                     String decidedBy, Text reason, List<CriterionView> criteria, Explanation explanation) {
    }

    @JsonPropertyOrder({"code", "group", "feature", "value", "band", "points"})
    record CriterionView(String code, String group, String feature, long value, String band, int points) {
    }

    @JsonPropertyOrder({"measure", "title", "beneficiary", "payment", "from", "to", "amount", "explanation"})
    record EntitlementView(String measure, Text title, String beneficiary, String payment, LocalDate from,
                           // null means open-ended: say so rather than leave the reader to guess
                           @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate to,
                           long amount, Explanation explanation) {
    }

    @JsonPropertyOrder({"measure", "title", "beneficiary", "condition", "reason", "explanation"})
    record RefusalView(String measure, Text title, String beneficiary, String condition, Text reason,
                       Explanation explanation) {
    }

    @JsonPropertyOrder({"measure", "title", "beneficiary", "parameter", "reason", "explanation"})
    record UndeterminedView(String measure, Text title, String beneficiary, String parameter, Text reason,
                            Explanation explanation) {
    }

    @JsonPropertyOrder({"monthly", "oneTime"})
    record Totals(long monthly, long oneTime) {
    }
}
