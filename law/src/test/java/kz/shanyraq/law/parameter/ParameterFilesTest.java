package kz.shanyraq.law.parameter;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParameterFilesTest {

    /** A valid file; the line numbers in the comments are those the tests assert. */
    static final String VALID = String.join("\n",
            "parameters:",                                   // 1
            "  - name: test.amount",                         // 2
            "    title: {ru: Тест, en: Test}",               // 3
            "    unit: KZT",                                 // 4
            "    versions:",                                 // 5
            "      - from: 2017-01-01",                      // 6
            "        to: 2019-12-31",                        // 7
            "        value: 100",                            // 8
            "        status: official",                      // 9
            "        act: Закон о тесте",                     // 10
            "        sources: [S1]",                         // 11
            "      - from: 2020-01-01",                      // 12
            "        value: 200",                            // 13
            "        status: official",                      // 14
            "        act: Закон о тесте",                     // 15
            "        sources: [S1]",                         // 16
            "");

    /** The valid file with line {@code n} (1-based) replaced; {@code null} removes it. */
    static String withLine(int n, String replacement) {
        List<String> lines = new ArrayList<>(Arrays.asList(VALID.split("\n", -1)));
        if (replacement == null) {
            lines.remove(n - 1);
        } else {
            lines.set(n - 1, replacement);
        }
        return String.join("\n", lines);
    }

    static ParameterFileException refused(String yaml) {
        ParameterFileException e = catchThrowableOfType(ParameterFileException.class,
                () -> ParameterFileReader.read("test.yaml", new StringReader(yaml)));
        assertThat(e).as("the file should be refused").isNotNull();
        return e;
    }

    static void assertRefused(ParameterFileException e, int line, String problem) {
        assertThat(e.file()).isEqualTo("test.yaml");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.parameter()).isEqualTo("test.amount");
        assertThat(e.getMessage()).startsWith("test.yaml:" + line + ": parameter 'test.amount': ").contains(problem);
    }

    @Nested
    @DisplayName("a parameter file is refused with its file, line and parameter")
    class Refusals {

        @Test
        void the_valid_file_used_below_loads() {
            List<Parameter> parameters = ParameterFileReader.read("test.yaml", new StringReader(VALID));

            assertThat(parameters).singleElement().satisfies(p -> {
                assertThat(p.versions()).hasSize(2);
                assertThat(p.versionOn(LocalDate.of(2019, 12, 31)).numberFor(null)).isEqualByComparingTo("100");
                assertThat(p.versionOn(LocalDate.of(2020, 1, 1)).numberFor(null)).isEqualByComparingTo("200");
            });
        }

        @Test
        void overlapping_periods() {
            assertRefused(refused(withLine(12, "      - from: 2019-06-01")), 12,
                    "overlapping periods: version from 2019-06-01 starts before the previous one ends (2019-12-31)");
        }

        @Test
        void a_missing_period_between_two_versions() {
            assertRefused(refused(withLine(12, "      - from: 2020-03-01")), 12,
                    "missing period: nothing covers 2020-01-01 to 2020-02-29");
        }

        @Test
        void versions_out_of_order() {
            assertRefused(refused(withLine(12, "      - from: 2016-01-01")), 12, "versions out of order");
        }

        @Test
        void an_unknown_unit() {
            assertRefused(refused(withLine(4, "    unit: USD")), 4, "unknown unit 'USD'");
        }

        @Test
        void a_version_without_an_act() {
            assertRefused(refused(withLine(10, null)), 6, "missing field 'act'");
        }

        @Test
        void a_known_value_without_sources() {
            assertRefused(refused(withLine(11, null)), 6, "missing reference: 'sources' must name where the value was read");
        }

        @Test
        void an_unknown_field() {
            assertRefused(refused(withLine(13, "        valeu: 200")), 13, "unknown field 'valeu'");
        }

        @Test
        void a_bad_date() {
            assertRefused(refused(withLine(7, "        to: 2019-12-32")), 7, "'2019-12-32' is not a date (YYYY-MM-DD)");
        }

        @Test
        void a_value_that_is_not_a_number() {
            assertRefused(refused(withLine(13, "        value: 2OO")), 13, "value '2OO' is not a number (unit KZT)");
        }

        @Test
        void a_value_with_status_unknown() {
            assertRefused(refused(withLine(14, "        status: unknown")), 12,
                    "status 'unknown' must not carry a value");
        }

        @Test
        void an_unknown_value_without_a_note() {
            String yaml = String.join("\n", Arrays.asList(VALID.split("\n")).subList(0, 11)) + "\n"
                    + "      - from: 2020-01-01\n"   // 12
                    + "        status: unknown\n"    // 13
                    + "        act: Закон о тесте\n";
            assertRefused(refused(yaml), 12, "an unknown value needs a 'note' saying what is missing and where to look");
        }

        @Test
        void an_unknown_value_with_a_note_loads_and_reading_it_is_refused_not_guessed() {
            String yaml = String.join("\n", Arrays.asList(VALID.split("\n")).subList(0, 11)) + "\n"
                    + "      - from: 2020-01-01\n"
                    + "        status: unknown\n"
                    + "        act: Закон о тесте\n"
                    + "        note: The 2020 amendment was not found; see adilet.\n";
            ParameterBook book = ParameterBook.builder().add("test.yaml", new StringReader(yaml)).build();

            assertThat(book.on(LocalDate.of(2019, 12, 31)).number("test.amount")).isEqualByComparingTo("100");
            ParameterUnknownException e = catchThrowableOfType(ParameterUnknownException.class,
                    () -> book.on(LocalDate.of(2020, 1, 1)).number("test.amount"));
            assertThat(e.parameter()).isEqualTo("test.amount");
            assertThat(e.getMessage()).contains("The 2020 amendment was not found");
        }

        @Test
        void an_unknown_status_mark() {
            assertRefused(refused(withLine(9, "        status: verified")), 9, "unknown source status 'verified'");
        }

        @Test
        void a_parameter_defined_in_two_files_names_both_places() {
            ParameterBook.Builder builder = ParameterBook.builder().add("a.yaml", new StringReader(VALID));
            ParameterFileException e = catchThrowableOfType(ParameterFileException.class,
                    () -> builder.add("b.yaml", new StringReader(VALID)));

            assertThat(e.file()).isEqualTo("b.yaml");
            assertThat(e.line()).as("the line of its first version").isEqualTo(6);
            assertThat(e.parameter()).isEqualTo("test.amount");
            assertThat(e.getMessage()).isEqualTo("b.yaml:6: parameter 'test.amount': defined twice (also at a.yaml:6)");
        }

        @Test
        void text_that_is_not_yaml() {
            ParameterFileException e = refused(withLine(3, "    title: {ru: Тест, en: Test"));

            assertThat(e.line()).isGreaterThanOrEqualTo(3);
            assertThat(e.getMessage()).contains("not valid YAML");
        }
    }

    @Nested
    @DisplayName("the shipped parameter files")
    class Shipped {

        static List<String> shippedFiles() throws IOException {
            try (InputStream in = resource(ParameterBook.SHIPPED + "INDEX")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        }

        static InputStream resource(String path) {
            InputStream in = ParameterFilesTest.class.getClassLoader().getResourceAsStream(path);
            assertThat(in).as(path).isNotNull();
            return in;
        }

        @ParameterizedTest
        @MethodSource("shippedFiles")
        void every_file_listed_in_the_index_loads(String file) throws IOException {
            try (InputStream in = resource(ParameterBook.SHIPPED + file)) {
                assertThat(ParameterFileReader.read(file, new InputStreamReader(in, StandardCharsets.UTF_8)))
                        .isNotEmpty();
            }
        }

        @Test
        void the_standard_book_holds_mrp_subsistence_minimum_and_minimum_wage_from_2017() {
            ParameterBook book = ParameterBook.standard();

            for (String name : List.of("mrp", "subsistence-minimum", "minimum-wage")) {
                assertThat(book.parameter(name).versions().get(0).from()).as(name).isEqualTo(LocalDate.of(2017, 1, 1));
            }
        }

        @Test
        void every_known_version_has_an_act_and_at_least_one_source_and_every_unknown_one_a_note() {
            for (Parameter p : ParameterBook.standard().all()) {
                for (ParameterVersion v : p.versions()) {
                    String where = p.name() + " from " + v.from() + " (" + v.location() + ")";
                    assertThat(v.reference().act()).as(where).isNotBlank();
                    if (v.status() == SourceStatus.UNKNOWN) {
                        assertThat(v.note()).as(where).isNotBlank();
                    } else {
                        assertThat(v.reference().sources()).as(where).isNotEmpty();
                    }
                }
            }
        }

        @Test
        void a_history_that_starts_after_2017_01_01_says_in_its_first_version_why() {
            LocalDate start = LocalDate.of(2017, 1, 1);
            for (Parameter p : ParameterBook.standard().all()) {
                ParameterVersion first = p.versions().get(0);
                if (first.from().isAfter(start)) {
                    assertThat(first.note()).as(p.name() + " starts " + first.from() + " (" + first.location() + ")")
                            .isNotBlank();
                }
            }
        }

        @Test
        void every_history_is_contiguous_with_no_day_missing_between_versions() {
            for (Parameter p : ParameterBook.standard().all()) {
                for (int i = 1; i < p.versions().size(); i++) {
                    assertThat(p.versions().get(i - 1).to().plusDays(1)).as(p.name())
                            .isEqualTo(p.versions().get(i).from());
                }
            }
        }
    }
}
