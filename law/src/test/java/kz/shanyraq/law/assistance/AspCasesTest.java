package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.ConditionCheck;
import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.explain.Step;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the hand-worked cases of {@code src/test/resources/assistance/cases/*.yaml}. Each case gives the
 * measure, the application date, either a family document or the command-line keys, optional regional-figure
 * files (an operator's), what is expected, and the reasoning in words a lawyer can check.
 *
 * <pre>
 * cases:
 *   - name: a sentence about the case
 *     measure: targeted-social-assistance | asp-child-supplement
 *     date: 2024-05-10                 # the application day
 *     regional-files: [regional/operator-test-figures.yaml]
 *     family: {id, region, members: [...], incomes: [...], loans: [...]}   # or
 *     inputs: {region: KZ-59, members: 5, quarter-income: 300000}
 *     expect: {outcome, amount, from, to, form, counted-income, per-capita-income, poverty-line,
 *              refused-condition, undetermined-parameter, explanation-mentions: [...], decisions}
 *     reasoning: |
 *       how the figures were worked out by hand
 * </pre>
 */
class AspCasesTest {

    @TestFactory
    Stream<DynamicContainer> hand_worked_cases() throws IOException, URISyntaxException {
        Path folder = Path.of(AspCasesTest.class.getClassLoader().getResource("assistance/cases").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(f -> DynamicContainer.dynamicContainer(f.getFileName().toString(), cases(f)));
        }
    }

    @SuppressWarnings("unchecked")
    private Stream<DynamicTest> cases(Path file) {
        Map<String, Object> root;
        try (InputStream in = Files.newInputStream(file)) {
            root = (Map<String, Object>) AspTestSupport.plain(AspTestSupport.load(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Map<String, Object>> cases = (List<Map<String, Object>>) root.get("cases");
        assertThat(cases).as("cases in " + file).isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> run(c)));
    }

    @SuppressWarnings("unchecked")
    private void run(Map<String, Object> c) {
        assertThat((String) c.get("reasoning")).as("every case explains its figures").isNotBlank();
        Measure measure = Measures.byId((String) c.get("measure")).orElseThrow();
        List<String> regional = (List<String>) c.getOrDefault("regional-files", List.of());
        Law law = AspTestSupport.bookWith(regional).on(LocalDate.parse((String) c.get("date")));
        Map<String, Object> expect = (Map<String, Object>) c.get("expect");
        List<Decision> decisions;
        Family family = null;
        if (c.containsKey("inputs")) {
            Map<String, String> keys = new LinkedHashMap<>();
            ((Map<String, Object>) c.get("inputs")).forEach((k, v) -> keys.put(k, String.valueOf(v)));
            decisions = List.of(measure.calculate(Inputs.parse(measure.id(), measure.inputs(), keys), law, true));
        } else {
            family = AspTestSupport.family(c.get("family"));
            decisions = measure.evaluate(family, law, true);
        }
        if (expect.containsKey("decisions")) {
            assertThat(decisions).hasSize((Integer) expect.get("decisions"));
            return;
        }
        assertThat(decisions).hasSize(1);
        Decision d = decisions.get(0);
        Explanation e = d.explanation();
        String text = ExplanationText.render(e, Locale.ENGLISH);
        String outcome = (String) expect.get("outcome");
        assertThat(e.outcome()).as(text).isEqualTo(outcome);
        switch (outcome) {
            case "entitled" -> {
                Entitlement ent = (Entitlement) d;
                assertThat(ent.amount()).as(text).isEqualTo(((Number) expect.get("amount")).longValue());
                if (expect.containsKey("from")) {
                    assertThat(ent.from()).isEqualTo(LocalDate.parse((String) expect.get("from")));
                }
                if (expect.containsKey("to")) {
                    assertThat(ent.to()).isEqualTo(LocalDate.parse((String) expect.get("to")));
                }
            }
            case "refused" -> assertThat(((Refusal) d).condition()).as(text)
                    .isEqualTo(expect.get("refused-condition"));
            default -> assertThat(((Undetermined) d).parameter()).as(text)
                    .isEqualTo(expect.get("undetermined-parameter"));
        }
        expectStep(e, text, "income.counted", expect.get("counted-income"));
        expectStep(e, text, "per-capita-income", expect.get("per-capita-income"));
        expectStep(e, text, "poverty-line", expect.get("poverty-line"));
        if (expect.containsKey("form")) {
            ConditionCheck form = e.conditions().stream().filter(k -> k.code().equals("form")).findFirst()
                    .orElseThrow(() -> new AssertionError("no form in the explanation:\n" + text));
            assertThat(form.actual()).as(text).startsWith((String) expect.get("form"));
        }
        for (String mention : (List<String>) expect.getOrDefault("explanation-mentions", List.of())) {
            assertThat(text).contains(mention);
        }
        if (family != null && measure.id().equals(TargetedSocialAssistance.ID)) {
            typedAssessmentAgrees(family, law, expect);
        }
    }

    /** The typed accessor tells the same story as the explanation. */
    private void typedAssessmentAgrees(Family family, Law law, Map<String, Object> expect) {
        AspAssessment a = new TargetedSocialAssistance().assess(family, law);
        assertThat(a.decision().getClass().getSimpleName().toLowerCase()).startsWith(
                switch ((String) expect.get("outcome")) {
                    case "entitled" -> "entitlement";
                    case "refused" -> "refusal";
                    default -> "undetermined";
                });
        if (expect.containsKey("form")) {
            assertThat(a.form().code()).isEqualTo(expect.get("form"));
        }
        if (expect.containsKey("poverty-line")) {
            assertThat(a.povertyLine()).isEqualByComparingTo(number(expect.get("poverty-line")));
        }
        if (expect.containsKey("per-capita-income")) {
            assertThat(a.perCapitaIncome()).isEqualByComparingTo(number(expect.get("per-capita-income")));
        }
        if (expect.containsKey("amount")) {
            assertThat(a.amount()).isEqualTo(((Number) expect.get("amount")).longValue());
        }
    }

    private static void expectStep(Explanation e, String text, String name, Object expected) {
        if (expected == null) {
            return;
        }
        Step step = e.steps().stream().filter(s -> s.name().equals(name)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no step " + name + " in:\n" + text));
        assertThat(step.value()).as(name + "\n" + text).isEqualByComparingTo(number(expected));
    }

    private static BigDecimal number(Object o) {
        return new BigDecimal(String.valueOf(o));
    }
}
