package kz.shanyraq.law.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.family.Problem;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.TestIins;
import kz.shanyraq.law.json.LawJson;
import kz.shanyraq.law.json.SchemaDocumentation;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FamilyEvaluatorTest {

    static final LocalDate ON = LocalDate.of(2025, 11, 1);
    static final ParameterBook BOOK = ParameterBook.standard();
    static final List<String> FAMILIES = List.of("example-family.json", "multichild-family.json",
            "survivor-family.json", "low-income-family.json", "kandas-family.json");

    static Path file(String name) {
        try {
            return Path.of(FamilyEvaluatorTest.class.getResource("/families/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Family family(String name) throws IOException {
        return FamilyDocuments.read(file(name), null);
    }

    /** The example family with its newborn c3 changed (birth date, IIN, status). */
    static Family exampleWithNewborn(LocalDate born, String status) throws IOException {
        ObjectNode doc = (ObjectNode) LawJson.mapper().readTree(Files.readString(file("example-family.json")));
        ObjectNode c3 = (ObjectNode) doc.withArray("members").get(4);
        c3.put("birthDate", born.toString()).put("iin", TestIins.of(born, Sex.MALE, 1205)).put("status", status);
        return FamilyDocuments.read("example-with-newborn", LawJson.mapper().writeValueAsString(doc), null);
    }

    static FamilyEvaluation evaluate(Family family, LocalDate on, boolean explain) {
        return new FamilyEvaluator(BOOK).evaluate(family, on, explain);
    }

    @Nested
    @DisplayName("every measure of the catalogue, on the example families")
    class Catalogue {

        static Stream<Arguments> familiesAndDates() {
            return FAMILIES.stream().flatMap(f -> Stream.of(LocalDate.of(2017, 3, 1), LocalDate.of(2018, 1, 15),
                    LocalDate.of(2023, 7, 1), ON, LocalDate.of(2026, 12, 31)).map(d -> Arguments.of(f, d)));
        }

        @ParameterizedTest(name = "{0} on {1}")
        @MethodSource("familiesAndDates")
        void each_measure_appears_with_exactly_the_decisions_it_gives_and_is_absent_when_it_gives_none(
                String name, LocalDate on) throws IOException {
            Family family = family(name);
            FamilyEvaluation evaluation = evaluate(family, on, false);
            Law law = BOOK.on(on);

            assertThat(evaluation.measureTitles().keySet())
                    .containsExactlyElementsOf(Measures.all().stream().map(Measure::id).toList());
            for (Measure m : Measures.all()) {
                List<Decision> own = m.evaluate(family, law, false);
                List<Decision> reported = evaluation.decisions().stream()
                        .filter(d -> d.measure().equals(m.id())).toList();
                assertThat(reported).as(m.id()).containsExactlyInAnyOrderElementsOf(own);
            }
        }

        @ParameterizedTest(name = "{0} on {1}")
        @MethodSource("familiesAndDates")
        void totals_are_the_sums_of_the_monthly_and_of_the_one_time_entitlements(String name, LocalDate on)
                throws IOException {
            FamilyEvaluation evaluation = evaluate(family(name), on, false);

            long monthly = 0;
            long oneTime = 0;
            for (Entitlement e : evaluation.entitlements()) {
                if (e.payment() == Payment.MONTHLY) {
                    monthly += e.amount();
                } else {
                    oneTime += e.amount();
                }
            }
            assertThat(evaluation.monthlyTotal()).isEqualTo(monthly);
            assertThat(evaluation.oneTimeTotal()).isEqualTo(oneTime);
            JsonNode json = EvaluationJson.tree(evaluation);
            assertThat(json.at("/totals/monthly").asLong()).isEqualTo(monthly);
            assertThat(json.at("/totals/oneTime").asLong()).isEqualTo(oneTime);
        }

        @Test
        void newborn_third_child_of_the_example_family_gets_149_416_birth_allowance_38_mrp_x_3_932_seed_figures_3() throws IOException {
            FamilyEvaluation evaluation = evaluate(family("example-family.json"), ON, false);

            assertThat(evaluation.entitlements()).contains(new Entitlement("birth-allowance", "c3", Payment.ONE_TIME,
                    LocalDate.of(2025, 8, 20), LocalDate.of(2025, 8, 20), 149_416, null));
        }

        @Test
        void seventh_child_born_15_jan_2018_gets_151_515_birth_allowance_63_mrp_x_2_405() throws IOException {
            FamilyEvaluation evaluation = evaluate(family("multichild-family.json"), LocalDate.of(2018, 1, 15), false);

            assertThat(evaluation.entitlements()).contains(new Entitlement("birth-allowance", "k7", Payment.ONE_TIME,
                    LocalDate.of(2018, 1, 15), LocalDate.of(2018, 1, 15), 151_515, null));
        }

        @Test
        void a_child_born_after_the_last_known_mrp_2026_12_31_is_undetermined_not_guessed() throws IOException {
            FamilyEvaluation evaluation = evaluate(exampleWithNewborn(LocalDate.of(2027, 1, 10), "citizen"),
                    LocalDate.of(2027, 2, 1), true);

            assertThat(evaluation.undetermined()).filteredOn(u -> u.measure().equals("birth-allowance"))
                    .singleElement().satisfies(u -> {
                        assertThat(u.beneficiary()).isEqualTo("c3");
                        assertThat(u.parameter()).isEqualTo("mrp");
                        assertThat(u.explanation().outcome()).isEqualTo("undetermined");
                    });
            assertThat(evaluation.entitlements()).noneMatch(e -> e.measure().equals("birth-allowance"));
        }

        @Test
        void a_newborn_not_resident_in_kazakhstan_is_refused_the_birth_allowance_naming_the_condition() throws IOException {
            FamilyEvaluation evaluation = evaluate(exampleWithNewborn(LocalDate.of(2025, 8, 20), "non-resident"),
                    ON, false);

            assertThat(evaluation.refusals()).filteredOn(r -> r.measure().equals("birth-allowance"))
                    .singleElement().satisfies(r -> {
                        assertThat(r.beneficiary()).isEqualTo("c3");
                        assertThat(r.condition()).isEqualTo("resident");
                    });
        }
    }

    @Nested
    @DisplayName("explanations: present when asked, absent when not")
    class Explanations {

        @ParameterizedTest
        @ValueSource(strings = {"example-family.json", "multichild-family.json", "survivor-family.json",
                "low-income-family.json", "kandas-family.json"})
        void every_decision_is_explained_when_asked(String name) throws IOException {
            FamilyEvaluation evaluation = evaluate(family(name), ON, true);

            for (Decision d : evaluation.decisions()) {
                assertThat(d.explanation()).as(d.measure() + " " + d.beneficiary()).isNotNull();
                assertThat(d.explanation().measure()).isEqualTo(d.measure());
                assertThat(d.explanation().beneficiary()).isEqualTo(d.beneficiary());
            }
            JsonNode json = EvaluationJson.tree(evaluation);
            for (String group : List.of("entitlements", "refusals", "undetermined")) {
                json.get(group).forEach(item -> assertThat(item.has("explanation")).as(group).isTrue());
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"example-family.json", "multichild-family.json", "survivor-family.json",
                "low-income-family.json", "kandas-family.json"})
        void no_decision_carries_an_explanation_when_not_asked(String name) throws IOException {
            FamilyEvaluation evaluation = evaluate(family(name), ON, false);

            assertThat(evaluation.decisions()).allMatch(d -> d.explanation() == null);
            assertThat(EvaluationJson.write(evaluation)).doesNotContain("\"explanation\"");
        }

        @Test
        void the_example_familys_explained_evaluation_names_the_norm_and_the_mrp_used() throws IOException {
            String json = EvaluationJson.write(evaluate(family("example-family.json"), ON, true));

            assertThat(json).contains("\"explanation\"").contains("Социальный кодекс РК")
                    .contains("\"name\": \"mrp\"").contains("\"value\": \"3932\"");
        }

        @Test
        void text_shows_the_entitlement_the_totals_and_the_explanation_in_the_language_asked() throws IOException {
            FamilyEvaluation evaluation = evaluate(family("example-family.json"), ON, true);

            String ru = EvaluationText.render(evaluation, Locale.forLanguageTag("ru"));
            assertThat(ru).contains("Семья example-family, на 2025-11-01")
                    .contains("c3  Единовременное пособие на рождение ребёнка (birth-allowance): 149416 ₸ единовременно")
                    .contains("Норма: ").contains("Итог: право есть, 149416 ₸");
            String en = EvaluationText.render(evaluate(family("example-family.json"), ON, false), Locale.ENGLISH);
            assertThat(en).contains("Totals: monthly ").doesNotContain("Norm: ");
        }
    }

    @Nested
    @DisplayName("the JSON output follows evaluation.schema.json")
    class OutputSchema {

        static JsonSchema schema() throws IOException {
            try (InputStream in = FamilyEvaluatorTest.class.getClassLoader()
                    .getResourceAsStream(EvaluationJson.SCHEMA_RESOURCE)) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in,
                        SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER)
                                .formatAssertionsEnabled(true).build());
            }
        }

        static Stream<Arguments> evaluations() throws IOException {
            List<Arguments> all = new ArrayList<>();
            for (String name : FAMILIES) {
                for (boolean explain : List.of(true, false)) {
                    all.add(Arguments.of(name + (explain ? ", explained" : ""), evaluate(family(name), ON, explain)));
                }
            }
            all.add(Arguments.of("undetermined newborn of 2027", evaluate(
                    exampleWithNewborn(LocalDate.of(2027, 1, 10), "citizen"), LocalDate.of(2027, 2, 1), true)));
            all.add(Arguments.of("refused non-resident newborn", evaluate(
                    exampleWithNewborn(LocalDate.of(2025, 8, 20), "non-resident"), ON, true)));
            all.add(Arguments.of("warning: newborn not yet born", evaluate(family("example-family.json"),
                    LocalDate.of(2025, 1, 1), true)));
            return all.stream();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("evaluations")
        void the_output_validates_against_the_schema(String label, FamilyEvaluation evaluation) throws IOException {
            JsonNode json = LawJson.mapper().readTree(EvaluationJson.write(evaluation));

            assertThat(schema().validate(json)).isEmpty();
        }

        @Test
        void the_cases_above_cover_entitlements_refusals_undetermined_and_warnings() throws IOException {
            List<FamilyEvaluation> all = evaluations().map(a -> (FamilyEvaluation) a.get()[1]).toList();

            assertThat(all).anyMatch(e -> !e.entitlements().isEmpty());
            assertThat(all).anyMatch(e -> !e.refusals().isEmpty());
            assertThat(all).anyMatch(e -> !e.undetermined().isEmpty());
            assertThat(all).anyMatch(e -> !e.warnings().isEmpty());
        }

        @Test
        void the_schema_documents_every_field_with_a_description_and_examples() throws IOException {
            try (InputStream in = FamilyEvaluatorTest.class.getClassLoader()
                    .getResourceAsStream(EvaluationJson.SCHEMA_RESOURCE)) {
                assertThat(SchemaDocumentation.gaps(LawJson.mapper().readTree(in))).isEmpty();
            }
        }

        @Test
        void the_schema_refuses_an_output_without_totals() throws IOException {
            ObjectNode json = (ObjectNode) EvaluationJson.tree(evaluate(family("example-family.json"), ON, true));
            json.remove("totals");

            Set<ValidationMessage> messages = schema().validate(json);
            assertThat(messages).extracting(ValidationMessage::getProperty).containsExactly("totals");
        }

        @Test
        void an_open_ended_entitlement_shows_to_as_null() {
            FamilyEvaluation evaluation = new FamilyEvaluator(BOOK, List.of(new FakeMeasure("monthly-fake",
                    (c, f) -> List.of(c.apply(f.id()).entitle(Payment.MONTHLY, ON, null, 1000)))))
                    .evaluate(new Family("f", "KZ-75", null, null, List.of(), null, null, null, null), ON, false);

            JsonNode json = EvaluationJson.tree(evaluation);
            assertThat(json.at("/entitlements/0").has("to")).isTrue();
            assertThat(json.at("/entitlements/0/to").isNull()).isTrue();
            assertThat(json.at("/entitlements/0/payment").asText()).isEqualTo("monthly");
            assertThat(json.at("/totals/monthly").asLong()).isEqualTo(1000);
        }
    }

    @Nested
    @DisplayName("how the evaluator treats each measure's answer")
    class Sorting {

        final Family family = new Family("f", "KZ-75", null, null, List.of(), null, null, null, null);

        @Test
        void decisions_go_to_entitlements_refusals_and_undetermined_and_a_measure_with_none_is_absent() {
            List<Measure> measures = List.of(
                    new FakeMeasure("entitles", (c, f) -> List.of(c.apply("a").entitle(Payment.ONE_TIME, ON, ON, 500))),
                    new FakeMeasure("refuses", (c, f) -> List.of(c.apply("b").refuse("age",
                            Text.of("возраст", "жас", "age")))),
                    new FakeMeasure("unknown", (c, f) -> {
                        Calculation calc = c.apply("c");
                        try {
                            calc.numberOn(LocalDate.of(1900, 1, 1), "mrp", "social-benefits");
                            return List.of();
                        } catch (ParameterUnknownException e) {
                            return List.of(calc.undetermined(e));
                        }
                    }),
                    new FakeMeasure("cannot-apply", (c, f) -> List.of()));
            FamilyEvaluation evaluation = new FamilyEvaluator(BOOK, measures).evaluate(family, ON, false);

            assertThat(evaluation.entitlements()).extracting(Decision::measure).containsExactly("entitles");
            assertThat(evaluation.refusals()).extracting(Decision::measure).containsExactly("refuses");
            assertThat(evaluation.undetermined()).extracting(Decision::measure).containsExactly("unknown");
            assertThat(evaluation.decisions()).extracting(Decision::measure).doesNotContain("cannot-apply");
            assertThat(evaluation.measureTitles()).containsOnlyKeys("entitles", "refuses", "unknown", "cannot-apply");
        }

        @Test
        void an_unknown_parameter_read_inside_a_calculation_is_undetermined_for_that_beneficiary() {
            FakeMeasure m = new FakeMeasure("mrp-1900", null);
            m.body = (c, f) -> List.of(Calculation.run(m, "a", BOOK.on(LocalDate.of(1900, 1, 1)), false,
                    calc -> calc.entitle(Payment.ONE_TIME, ON, ON, calc.round("birth-allowance.rounding",
                            calc.number("mrp", "social-benefits")))));
            FamilyEvaluation evaluation = new FamilyEvaluator(BOOK, List.of(m)).evaluate(family, ON, false);

            assertThat(evaluation.undetermined()).singleElement().satisfies(u -> {
                assertThat(u.beneficiary()).isEqualTo("a");
                assertThat(u.parameter()).isEqualTo("mrp");
            });
        }

        @Test
        void an_unknown_parameter_read_before_any_beneficiary_makes_the_family_undetermined() {
            FakeMeasure m = new FakeMeasure("reads-first", (c, f) -> {
                throw new ParameterUnknownException("asp.poverty-line", null, ON, "not known");
            });
            FamilyEvaluation evaluation = new FamilyEvaluator(BOOK, List.of(m)).evaluate(family, ON, true);

            assertThat(evaluation.undetermined()).singleElement().satisfies(u -> {
                assertThat(u.measure()).isEqualTo("reads-first");
                assertThat(u.beneficiary()).isEqualTo("f");
                assertThat(u.parameter()).isEqualTo("asp.poverty-line");
                assertThat(u.explanation()).isNotNull();
            });
        }

        @Test
        void a_measure_that_fails_stops_the_evaluation_naming_the_measure_and_family() {
            FakeMeasure m = new FakeMeasure("broken", (c, f) -> {
                throw new ArithmeticException("/ by zero");
            });

            assertThatThrownBy(() -> new FamilyEvaluator(BOOK, List.of(m)).evaluate(family, ON, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("measure broken failed for family f on 2025-11-01: / by zero");
        }

        @Test
        void a_decision_filed_under_another_measure_is_refused() {
            FakeMeasure other = new FakeMeasure("other", null);
            FakeMeasure m = new FakeMeasure("liar", (c, f) -> List.of(
                    Calculation.start(other, "a", BOOK.on(ON), false).entitle(Payment.ONE_TIME, ON, ON, 1)));

            assertThatThrownBy(() -> new FamilyEvaluator(BOOK, List.of(m)).evaluate(family, ON, false))
                    .hasMessage("measure liar returned a decision of other");
        }

        @Test
        void members_born_after_the_evaluation_date_are_warned_about_not_refused() throws IOException {
            FamilyEvaluation evaluation = evaluate(family("example-family.json"), LocalDate.of(2025, 8, 19), false);

            assertThat(evaluation.warnings()).containsExactly(new Problem("/members/4/birthDate",
                    "member 'c3' is born 2025-08-20, after the evaluation date 2025-08-19"));
            assertThat(evaluate(family("example-family.json"), LocalDate.of(2025, 8, 20), false).warnings()).isEmpty();
        }
    }

    /** A measure whose decisions a test gives; {@code c.apply(beneficiary)} starts a calculation. */
    static final class FakeMeasure implements Measure {
        interface Body {
            List<Decision> apply(Function<String, Calculation> calculation, Family family);
        }

        final String id;
        Body body;
        private Law law;
        private boolean explain;

        FakeMeasure(String id, Body body) {
            this.id = id;
            this.body = body;
        }

        @Override
        public MeasureDescription description() {
            return new MeasureDescription(id, Text.of(id, id, id), Financing.REPUBLICAN_BUDGET, Payment.ONE_TIME, "mrp");
        }

        @Override
        public List<InputKey> inputs() {
            return List.of();
        }

        @Override
        public Decision calculate(Inputs inputs, Law law, boolean explain) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Decision> evaluate(Family family, Law law, boolean explain) {
            return body.apply(b -> Calculation.start(this, b, law, explain), family);
        }
    }
}
