package kz.shanyraq.law.history;

import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.SourceStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The changes of the law 2017–2023 recorded from the research note, on the day before and the day of each. */
class ChangesOfTheLawTest {

    private static Law on(String day) {
        return ParameterBook.standard().on(LocalDate.parse(day));
    }

    private static Decision ask(String measure, String day, String... keyValues) {
        Measure m = Measures.byId(measure).orElseThrow();
        Map<String, String> keys = new LinkedHashMap<>();
        for (String kv : keyValues) {
            keys.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        return m.calculate(Inputs.parse(measure, m.inputs(), keys), on(day), true);
    }

    @Nested
    @DisplayName("The multi-child allowance did not exist before 01.01.2020 (government.kz, January 2020)")
    class MultiChildAllowanceIntroduced {

        @Test
        void on_31_december_2019_it_is_not_applicable_and_refused_as_introduced_on_01_01_2020_not_unknown() {
            Decision d = ask("multichild-allowance", "2019-12-31", "children=5");

            assertThat(d).isInstanceOfSatisfying(Refusal.class, r -> {
                assertThat(r.condition()).isEqualTo("in-force");
                assertThat(r.reason().en()).isEqualTo("Not applicable: introduced on 01.01.2020");
                assertThat(r.reason().ru()).contains("введена 01.01.2020");
            });
            assertThat(ExplanationText.render(d.explanation(), Locale.ENGLISH)).contains("introduced on 01.01.2020");
        }

        @Test
        void on_1_january_2020_five_children_get_20_04_mrp_53_125() {
            // 20.04 × 2 651 = 53 126.04 → 53 127 rounded up
            assertThat(((Entitlement) ask("multichild-allowance", "2020-01-01", "children=5")).amount())
                    .isEqualTo(53_127);
        }

        @Test
        void eight_children_in_march_2020_get_4_mrp_each_by_the_retroactive_law_of_13_may_2020_and_the_explanation_says_so() {
            Entitlement e = (Entitlement) ask("multichild-allowance", "2020-03-01", "children=8");

            assertThat(e.amount()).isEqualTo(10_604L * 8); // 4 × 2 651 = 10 604 per child
            String text = ExplanationText.render(e.explanation(), Locale.ENGLISH);
            assertThat(text).contains("retroactive").contains("13.05.2020").contains("Evaluated as the law now reads")
                    .contains("28.06");
        }

        @Test
        void from_13_may_2020_the_8_children_rule_is_the_law_as_enacted_with_no_retroactive_note() {
            Entitlement e = (Entitlement) ask("multichild-allowance", "2020-05-13", "children=8");

            assertThat(e.amount()).isEqualTo(11_112L * 8); // 4 × 2 778
            assertThat(e.explanation().parameters()).allMatch(p -> p.retroactive() == null);
        }
    }

    @Nested
    @DisplayName("ГФСС indexations of payments in payment (gfss.kz 1-2023-1; research note)")
    class Indexations {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"2023-07-01, 0.145", "2023-12-31, 0.145", "2024-01-01, 0.07", "2025-01-01, 0.065", "2026-01-01, 0.10"})
        void the_rate_of_each_indexation_from_its_first_day(String day, String rate) {
            assertThat(on(day).number("social-insurance.indexation", "work-capacity-loss")).isEqualByComparingTo(rate);
            assertThat(on(day).number("social-insurance.indexation", "breadwinner-loss")).isEqualByComparingTo(rate);
        }

        @Test
        void the_day_before_1_july_2023_is_still_unknown_and_the_14_5_percent_is_primary() {
            assertThatThrownBy(() -> on("2023-06-30").number("social-insurance.indexation", "work-capacity-loss"))
                    .isInstanceOf(ParameterUnknownException.class);
            assertThat(on("2023-07-01").version("social-insurance.indexation").status().confidence())
                    .isEqualTo("primary");
        }
    }

    @Nested
    @DisplayName("ГФСС job loss: 30 % until 2019 (gfss.kz), 40 % 2020–2022, 45 % from 2023")
    class JobLoss {

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"2019-12-31, 0.30", "2020-01-01, 0.40", "2022-12-31, 0.40", "2023-01-01, 0.45"})
        void the_replacement_rate_of_the_day(String day, String rate) {
            assertThat(on(day).number("job-loss-payment.replacement-rate")).isEqualByComparingTo(rate);
        }
    }

    @Nested
    @DisplayName("The rounding of each measure is a dated parameter")
    class Rounding {

        @Test
        void the_child_care_allowance_rounds_up_on_31_december_2024_and_half_up_on_1_january_2025() {
            assertThat(on("2024-12-31").rounding("childcare-allowance.rounding").code()).isEqualTo("up");
            assertThat(on("2025-01-01").rounding("childcare-allowance.rounding").code()).isEqualTo("half-up");
            assertThat(on("2024-12-31").version("childcare-allowance.rounding").status()).isEqualTo(SourceStatus.DERIVED);
            assertThat(on("2024-12-31").version("childcare-allowance.rounding").derivedFrom()).contains("2017–2024");
        }
    }

    @Nested
    @DisplayName("An unknown parameter decides a result only when its possible values would change it")
    class UnknownOnlyWhenDeciding {

        @Test
        void in_2021_the_age_below_which_children_have_no_group_is_unknown_but_an_adult_of_45_is_paid_and_told_why() {
            Entitlement e = (Entitlement) ask("disability-benefit", "2021-06-01", "group=2", "cause=general-illness",
                    "age=45");

            assertThat(e.amount()).isEqualTo(52_483); // 1.53 × 34 302 = 52 482.06 → up
            assertThat(e.explanation().conditions()).anyMatch(c -> c.code().equals("unknown-not-deciding")
                    && c.actual().contains("disability-benefit.young-child-age"));
        }

        @Test
        void for_a_child_of_10_in_2021_the_same_unknown_age_decides_and_the_result_is_undetermined() {
            Decision d = ask("disability-benefit", "2021-06-01", "group=2", "cause=general-illness", "age=10");

            assertThat(d).isInstanceOfSatisfying(Undetermined.class,
                    u -> assertThat(u.parameter()).isEqualTo("disability-benefit.young-child-age"));
        }
    }

    @Nested
    @DisplayName("Each value used shows its confidence")
    class Confidence {

        @Test
        void the_2019_multi_child_coefficient_is_derived_and_says_from_what() {
            Entitlement e = (Entitlement) ask("multichild-allowance", "2021-06-01", "children=4");

            assertThat(e.explanation().parameters()).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo("multichild-allowance.coefficient");
                assertThat(p.confidence()).isEqualTo("derived");
                assertThat(p.derivedFrom()).contains("ministry amounts");
            });
            assertThat(ExplanationText.render(e.explanation(), Locale.ENGLISH)).contains("confidence derived")
                    .contains("derived from: ministry amounts");
        }

        @Test
        void every_known_version_has_a_confidence_and_every_derived_one_says_from_what() {
            ParameterBook.standard().all().forEach(p -> p.versions().forEach(v -> {
                assertThat(v.status().confidence()).isIn("primary", "secondary", "derived", "none");
                if (v.status() == SourceStatus.DERIVED) {
                    assertThat(v.derivedFrom()).as(p.name() + " " + v.from()).isNotBlank();
                }
            }));
        }
    }

    @Test
    void the_disabled_child_carer_allowance_of_1_05_pm_rose_to_1_40_on_1_july_2019() {
        assertThat(on("2019-06-30").number("disabled-child-carer-allowance.coefficient")).isEqualByComparingTo(new BigDecimal("1.05"));
        assertThat(on("2019-07-01").number("disabled-child-carer-allowance.coefficient")).isEqualByComparingTo(new BigDecimal("1.40"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2017-06-01", "2019-12-31", "2020-01-01", "2022-06-01", "2023-06-30", "2023-07-01", "2024-06-01",
            "2025-06-01"})
    void each_measure_cites_the_act_in_force_on_the_day_and_no_repealed_law_from_1_july_2023(String day) {
        LocalDate d = LocalDate.parse(day);
        boolean code = !d.isBefore(LocalDate.of(2023, 7, 1));
        for (Measure m : Measures.all()) {
            var version = ParameterBook.standard().parameter(m.normParameter()).versionOn(d);
            if (version == null) {
                continue; // outside the norm's history (the multi-child allowance before 2020)
            }
            String act = version.reference().act();
            if (code) {
                assertThat(act).as(m.id() + " on " + d).doesNotContain("286-VI").doesNotContain("№ 63")
                        .doesNotContain("№ 126").doesNotContain("246-II");
            } else {
                assertThat(act).as(m.id() + " on " + d).doesNotStartWith("Социальный кодекс");
            }
        }
    }
}
