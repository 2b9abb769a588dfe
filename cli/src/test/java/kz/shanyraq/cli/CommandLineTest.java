package kz.shanyraq.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import kz.shanyraq.law.evaluation.EvaluationJson;
import kz.shanyraq.law.json.LawJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it, in this JVM (ShanyraqCommand.run with captured output). */
class CommandLineTest {

    static final String FAMILIES = "../law/src/test/resources/families/";

    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ShanyraqCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Nested
    @DisplayName("amount")
    class Amount {

        @Test
        void birth_allowance_for_a_2nd_child_on_1_may_2025_prints_149_416_as_the_last_line_seed_figures_3() {
            Run r = run("amount", "birth-allowance", "--on", "2025-05-01", "child-order=2");

            assertThat(r.exitCode()).isZero();
            assertThat(r.outLines()).last().isEqualTo("149416");
            assertThat(r.err()).isEmpty();
        }

        @Test
        void with_explain_the_amount_is_still_the_last_line_after_the_explanation() {
            Run r = run("amount", "birth-allowance", "--on", "2025-05-01", "child-order=4", "--explain", "--lang", "ru");

            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Норма: ").contains("63 × 3932");
            assertThat(r.outLines()).last().isEqualTo("247716");
        }

        @Test
        void an_unknown_measure_exits_2_naming_it() {
            Run r = run("amount", "birth-alowance", "--on", "2025-05-01", "child-order=2");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("unknown measure 'birth-alowance'").contains("birth-allowance");
            assertThat(r.out()).isEmpty();
        }

        @Test
        void an_unknown_key_exits_2_naming_it() {
            Run r = run("amount", "birth-allowance", "--on", "2025-05-01", "order=2");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("unknown key 'order'").contains("child-order=1..30");
        }

        @Test
        void a_value_that_is_not_a_number_exits_2_naming_key_and_value() {
            Run r = run("amount", "birth-allowance", "--on", "2025-05-01", "child-order=two");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("invalid value 'two' for key 'child-order'");
        }

        @Test
        void a_value_out_of_range_exits_2_naming_key_and_value() {
            Run r = run("amount", "birth-allowance", "--on", "2025-05-01", "child-order=0");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("invalid value 0 for key 'child-order'").contains("from 1 to 30");
        }

        @Test
        void a_missing_key_exits_2_naming_it() {
            Run r = run("amount", "birth-allowance", "--on", "2025-05-01");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("missing key 'child-order'");
        }

        @Test
        void a_date_after_the_last_known_mrp_exits_4_undetermined() {
            Run r = run("amount", "birth-allowance", "--on", "2027-01-10", "child-order=1");

            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.err()).startsWith("undetermined: ").contains("mrp");
            assertThat(r.out()).isEmpty();
        }

        @Test
        void a_bad_date_exits_2() {
            Run r = run("amount", "birth-allowance", "--on", "2025-02-30", "child-order=1");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--on");
        }

        @Test
        void a_bad_date_is_named_without_java_exception_text() {
            Run r = run("amount", "birth-allowance", "--on", "2025-13-01", "child-order=1");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("'2025-13-01' is not a date (YYYY-MM-DD)").doesNotContain("java.")
                    .doesNotContain("Exception");
        }

        @Test
        void an_impossible_month_of_assignment_exits_2_naming_the_key_not_3() {
            Run r = run("amount", "work-capacity-loss-payment", "--on", "2025-05-01", "average-income=200000",
                    "participation-months=72", "loss-percent=100", "assigned-in=202513");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).startsWith("error: ").contains("assigned-in").doesNotContain("Exception");
        }

        @Test
        void explain_prints_the_explanation_of_a_refusal_too_the_multi_child_allowance_introduced_on_01_01_2020() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StringWriter err = new StringWriter();
            // Not auto-flushed, as System.out behind a PrintWriter: the explanation must still come out.
            int code = ShanyraqCommand.run(new PrintWriter(new java.io.OutputStreamWriter(bytes,
                    java.nio.charset.StandardCharsets.UTF_8), false), new PrintWriter(err, true), "amount",
                    "multichild-allowance", "--on", "2019-05-01", "children=5", "--explain");

            assertThat(code).isEqualTo(3);
            assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Norm: ").contains("introduced on 01.01.2020").contains("confidence primary");
            assertThat(err.toString()).startsWith("refused: Not applicable: introduced on 01.01.2020");
        }

        @Test
        void explain_prints_the_explanation_of_an_undetermined_result_too() {
            Run r = run("amount", "survivor-benefit", "--on", "2020-06-01", "dependants=2", "--explain");

            assertThat(r.exitCode()).isEqualTo(4);
            assertThat(r.out()).contains("Norm: ").contains("Result: undetermined");
        }
    }

    @Nested
    @DisplayName("evaluate")
    class Evaluate {

        static JsonSchema outputSchema() throws IOException {
            try (InputStream in = CommandLineTest.class.getClassLoader().getResourceAsStream(EvaluationJson.SCHEMA_RESOURCE)) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in,
                        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            }
        }

        @Test
        void prints_the_evaluation_as_json_that_validates_against_evaluation_schema() throws IOException {
            Run r = run("evaluate", FAMILIES + "example-family.json", "--on", "2025-11-01");

            assertThat(r.exitCode()).isZero();
            assertThat(r.err()).isEmpty();
            JsonNode json = LawJson.mapper().readTree(r.out());
            assertThat(outputSchema().validate(json)).isEmpty();
            assertThat(json.get("family").asText()).isEqualTo("example-family");
            assertThat(json.get("on").asText()).isEqualTo("2025-11-01");
            assertThat(json.get("entitlements")).anySatisfy(e -> {
                assertThat(e.get("measure").asText()).isEqualTo("birth-allowance");
                assertThat(e.get("beneficiary").asText()).isEqualTo("c3");
                assertThat(e.get("amount").asLong()).isEqualTo(149_416);
                assertThat(e.has("explanation")).isTrue();
            });
        }

        @Test
        void every_example_family_evaluates_to_valid_json() throws IOException {
            for (String family : List.of("multichild-family.json", "survivor-family.json", "low-income-family.json",
                    "kandas-family.json")) {
                Run r = run("evaluate", FAMILIES + family, "--on", "2025-11-01", "--no-explain");

                assertThat(r.exitCode()).as(family).isZero();
                JsonNode json = LawJson.mapper().readTree(r.out());
                assertThat(outputSchema().validate(json)).as(family).isEmpty();
                assertThat(r.out()).doesNotContain("\"explanation\"");
            }
        }

        @Test
        void text_prints_readable_explanations_in_the_language_asked() {
            Run r = run("evaluate", FAMILIES + "example-family.json", "--on", "2025-11-01", "--text", "--lang", "kk");

            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Отбасы example-family").contains("149416 ₸").contains("Норма: ")
                    .doesNotContain("\"family\"");
        }

        @Test
        void an_invalid_document_exits_2_with_each_problem_as_path_colon_reason_on_stderr_and_nothing_on_stdout() {
            Run r = run("evaluate", FAMILIES + "invalid-unknown-member-reference.json", "--on", "2025-11-01");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).containsExactly(
                    "error: invalid family document " + FAMILIES + "invalid-unknown-member-reference.json (5 problems)",
                    "/members/1/caresFor/1: no member with id 'c9'",
                    "/members/2/motherId: no member with id 'm9'",
                    "/incomes/0/memberId: no member with id 'x1'",
                    "/loans/0/memberId: no member with id 'x2'",
                    "/breadwinnerLoss/dependants/1: no member with id 'c7'");
        }

        @Test
        void a_bad_iin_check_digit_is_reported_at_its_path() {
            Run r = run("evaluate", FAMILIES + "invalid-iin-check-digit.json", "--on", "2025-11-01");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.errLines()).contains("/members/1/iin: IIN check digit is wrong (expected 9): 910903412020");
        }

        @Test
        void a_missing_file_exits_2_naming_the_file() {
            Run r = run("evaluate", "no-such-family.json", "--on", "2025-11-01");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("no-such-family.json").contains("not found");
        }

        @Test
        void an_unknown_language_exits_2() {
            Run r = run("evaluate", FAMILIES + "example-family.json", "--on", "2025-11-01", "--lang", "de");

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--lang must be ru, kk or en");
        }

        @Test
        void an_invalid_operator_parameter_file_exits_2_naming_file_and_line(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("regional.yaml"), String.join("\n",
                    "parameters:",
                    "  - name: regional.top-up",
                    "    title: {ru: Доплата, en: Top-up}",
                    "    unit: USD",
                    "    versions: []",
                    ""));
            Run r = run("evaluate", FAMILIES + "example-family.json", "--on", "2025-11-01", "--parameters",
                    dir.toString());

            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("regional.yaml:4: parameter 'regional.top-up': unknown unit 'USD'");
        }

        @Test
        void an_operator_parameter_folder_is_loaded_with_the_shipped_law(@TempDir Path dir) throws IOException {
            Files.writeString(dir.resolve("regional.yaml"), String.join("\n",
                    "parameters:",
                    "  - name: regional.top-up",
                    "    title: {ru: Доплата, en: Top-up}",
                    "    unit: KZT",
                    "    versions:",
                    "      - from: 2025-01-01",
                    "        value: 5000",
                    "        status: official",
                    "        act: Решение маслихата",
                    "        sources: [local-decision]",
                    ""));
            Run r = run("evaluate", FAMILIES + "example-family.json", "--on", "2025-11-01", "--parameters",
                    dir.toString());

            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("\"amount\": 149416");
        }
    }

    @Test
    void help_lists_the_evaluate_command() {
        Run r = run("--help");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("evaluate").contains("amount").contains("measures").contains("parameters");
    }

    @Test
    void parameters_shows_each_versions_confidence_and_what_a_derived_value_was_derived_from() {
        Run r = run("parameters", "multichild-allowance.coefficient");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("2020-01-01 – 2023-06-30").contains("derived (confidence: derived)")
                .contains("derived from: ministry amounts").contains("(confidence: secondary)");
    }

    @Test
    void parameters_unknown_lists_unknown_periods_unknown_keyed_values_and_gaps_before_a_history_with_counts() {
        Run r = run("parameters", "--unknown");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("survivor-benefit.coefficient").contains("2017-01-01 – 2022-12-31")
                .contains("[category work-injury-group-1] unknown")
                .contains("asp.loans.exempt-kinds").contains("gap: our history of this parameter starts 2025-09-01");
        // The multi-child allowance did not exist before 2020: not applicable, so no gap is listed for it.
        assertThat(r.out()).doesNotContain("multichild-allowance.coefficient                     2017-01-01");
        assertThat(r.outLines()).last().asString().matches("unknown periods: \\d+; unknown keyed values: \\d+; "
                + "gaps before a parameter's history: \\d+");
    }

    @Test
    void parameters_confidence_counts_the_law_resting_on_primary_secondary_and_derived_sources() {
        Run r = run("parameters", "--confidence");

        assertThat(r.exitCode()).isZero();
        assertThat(r.outLines()).hasSize(5);
        assertThat(r.outLines().get(0)).contains("2017-01-01 – 2025-12-31");
        assertThat(r.outLines().subList(1, 5)).extracting(l -> l.split("\\s+")[0])
                .containsExactly("primary", "secondary", "derived", "unknown");
        assertThat(r.outLines().get(3)).doesNotContain(" 0 (  0.0 %)");
    }

    @Test
    void parameters_shows_the_dated_history_of_the_mrp() {
        Run r = run("parameters", "mrp");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("2025-01-01 – 2025-12-31  3932");
    }
}
