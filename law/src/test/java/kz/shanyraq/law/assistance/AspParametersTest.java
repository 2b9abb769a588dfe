package kz.shanyraq.law.assistance;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each change of the АСП parameters, the day before and the day of (targeted-social-assistance.yaml). */
class AspParametersTest {

    private static Law on(String day) {
        return ParameterBook.standard().on(LocalDate.parse(day));
    }

    @Test
    void the_poverty_line_was_40_percent_of_the_regional_minimum_until_2017_and_50_percent_with_a_budget_floor_from_2018() {
        assertThat(on("2017-12-31").codes("asp.poverty-line.bases")).containsExactly("regional-pm");
        assertThat(on("2017-12-31").number("asp.poverty-line.share", "regional-pm")).isEqualByComparingTo("0.40");
        assertThat(on("2018-01-01").codes("asp.poverty-line.bases")).containsExactly("regional-pm", "budget-pm");
        assertThat(on("2018-01-01").number("asp.poverty-line.share", "regional-pm")).isEqualByComparingTo("0.50");
        assertThat(on("2018-01-01").number("asp.poverty-line.share", "budget-pm")).isEqualByComparingTo("0.50");
    }

    @Test
    void the_poverty_line_rises_from_50_to_70_percent_on_1_april_2019_order_290_amendment() {
        assertThat(on("2019-03-31").number("asp.poverty-line.share", "regional-pm")).isEqualByComparingTo("0.50");
        assertThat(on("2019-03-31").codes("asp.poverty-line.bases")).contains("budget-pm");
        assertThat(on("2019-04-01").number("asp.poverty-line.share", "regional-pm")).isEqualByComparingTo("0.70");
        assertThat(on("2019-04-01").codes("asp.poverty-line.bases")).containsExactly("regional-pm");
    }

    @Test
    void from_1_july_2023_the_70_percent_line_cites_order_160() {
        assertThat(on("2023-06-30").version("asp.poverty-line.share").reference().act()).contains("№ 290");
        assertThat(on("2023-07-01").version("asp.poverty-line.share").reference().act()).contains("№ 160");
        assertThat(on("2023-07-01").number("asp.poverty-line.share", "regional-pm")).isEqualByComparingTo("0.70");
    }

    @Test
    void from_1_january_2025_the_line_is_the_larger_of_35_percent_median_and_70_percent_minimum_order_473() {
        assertThat(on("2024-12-31").codes("asp.poverty-line.bases")).containsExactly("regional-pm");
        Law law = on("2025-01-01");
        assertThat(law.codes("asp.poverty-line.bases")).containsExactly("regional-pm", "regional-median-income");
        assertThat(law.number("asp.poverty-line.share", "regional-median-income")).isEqualByComparingTo("0.35");
        assertThat(law.number("asp.poverty-line.share", "regional-pm")).isEqualByComparingTo("0.70");
        assertThat(law.version("asp.poverty-line.share").reference().act()).contains("№ 473");
    }

    @Test
    void the_july_2019_reform_stops_counting_multichild_awarded_mother_child_disability_benefits_and_scholarships_s19() {
        assertThat(on("2019-06-30").codes("asp.income.excluded-types"))
                .containsExactlyInAnyOrder("targeted-social-assistance", "relocation-subsidy");
        assertThat(on("2019-07-01").codes("asp.income.excluded-types")).contains("multichild-allowance",
                "awarded-mother-allowance", "child-disability-benefit", "scholarship", "targeted-social-assistance",
                "relocation-subsidy");
    }

    @Test
    void under_order_181_from_1_july_2023_the_multichild_allowance_is_counted_again_as_gov_kz_s13_lists_it() {
        assertThat(on("2023-06-30").codes("asp.income.excluded-types")).contains("multichild-allowance");
        Law law = on("2023-07-01");
        assertThat(law.codes("asp.income.excluded-types")).doesNotContain("multichild-allowance")
                .contains("awarded-mother-allowance", "child-disability-benefit", "scholarship",
                        "targeted-social-assistance", "relocation-subsidy");
        assertThat(law.version("asp.income.excluded-types").note()).contains("S13").contains("S19");
    }

    @Test
    void the_loan_refusal_starts_1_september_2025_as_an_unverified_press_report_s24() {
        assertThat(on("2025-08-31").flag("asp.loans.refuse-non-mortgage")).isFalse();
        Law law = on("2025-09-01");
        assertThat(law.flag("asp.loans.refuse-non-mortgage")).isTrue();
        assertThat(law.version("asp.loans.refuse-non-mortgage").status()).isEqualTo(SourceStatus.UNVERIFIED);
        assertThat(law.version("asp.loans.refuse-non-mortgage").reference().sources()).containsExactly("S24");
        assertThat(law.codes("asp.loans.exempt-kinds")).containsExactly("mortgage");
    }

    @ParameterizedTest(name = "women''s pension age on {0} is {1}")
    @CsvSource({"2018-01-01, 58.5", "2018-12-31, 58.5", "2019-01-01, 59", "2020-01-01, 59.5", "2021-01-01, 60",
            "2021-12-31, 60", "2022-01-01, 60.5", "2022-12-31, 60.5", "2023-01-01, 61", "2025-06-01, 61",
            "2027-12-31, 61"})
    void womens_pension_age_rises_by_half_a_year_from_2018_and_is_frozen_at_61_from_2023(String day, String age) {
        assertThat(on(day).number("asp.able-bodied.pension-age", "female")).isEqualByComparingTo(age);
        assertThat(on(day).number("asp.able-bodied.pension-age", "male")).isEqualByComparingTo("63");
    }

    @Test
    void the_pension_age_after_the_freeze_ends_in_2028_is_not_guessed() {
        assertThatThrownBy(() -> on("2028-01-01").number("asp.able-bodied.pension-age", "female"))
                .isInstanceOf(ParameterUnknownException.class);
    }

    @Test
    void the_carer_of_a_child_under_seven_until_2019_becomes_a_carer_of_a_child_under_three_on_1_january_2020() {
        assertThat(on("2018-12-31").number("asp.form.carer-child-age-under")).isEqualByComparingTo("7");
        assertThat(on("2018-12-31").flag("asp.form.only-one-able-bodied-carer")).isFalse();
        assertThat(on("2019-12-31").number("asp.form.carer-child-age-under")).isEqualByComparingTo("7");
        assertThat(on("2019-12-31").version("asp.form.carer-child-age-under").status()).isEqualTo(SourceStatus.DERIVED);
        assertThat(on("2020-01-01").number("asp.form.carer-child-age-under")).isEqualByComparingTo("3");
        assertThat(on("2020-01-01").version("asp.form.carer-child-age-under").status()).isEqualTo(SourceStatus.OFFICIAL);
        assertThat(on("2020-01-01").flag("asp.form.only-one-able-bodied-carer")).isTrue();
        assertThat(on("2023-07-01").number("asp.form.carer-child-age-under")).isEqualByComparingTo("3");
        assertThat(on("2023-07-01").flag("asp.form.only-one-able-bodied-carer")).isTrue();
    }

    @Test
    void the_forms_of_aid_exist_from_the_new_format_of_1_january_2018() {
        assertThat(on("2017-12-31").flag("asp.form.in-force")).isFalse();
        assertThat(on("2018-01-01").flag("asp.form.in-force")).isTrue();
    }

    @Test
    void an_income_equal_to_the_line_qualifies_because_the_eligibility_article_says_not_exceeding() {
        Law law = on("2024-05-10");
        assertThat(law.flag("asp.eligibility.income-at-line-eligible")).isTrue();
        assertThat(law.version("asp.eligibility.income-at-line-eligible").reference().sources()).contains("S11", "S12");
    }

    @Test
    void the_child_supplement_is_cash_from_2023_the_in_kind_package_2020_to_2022_and_unknown_before() {
        assertThatThrownBy(() -> on("2019-12-31").flag("asp-child-supplement.cash"))
                .isInstanceOf(ParameterUnknownException.class);
        assertThat(on("2020-01-01").flag("asp-child-supplement.cash")).isFalse();
        assertThat(on("2022-01-01").flag("asp-child-supplement.cash")).isFalse();
        assertThat(on("2022-12-31").flag("asp-child-supplement.cash")).isFalse();
        assertThat(on("2023-01-01").flag("asp-child-supplement.cash")).isTrue();
        assertThat(on("2023-01-01").number("asp-child-supplement.coefficient")).isEqualByComparingTo("1.5");
    }

    @Test
    void every_known_value_of_the_assistance_parameters_names_its_act_and_sources() {
        assertThat(ParameterBook.standard().all()).filteredOn(p -> p.name().startsWith("asp"))
                .hasSizeGreaterThanOrEqualTo(20)
                .allSatisfy(p -> assertThat(p.versions()).allSatisfy(v -> {
                    assertThat(v.reference().act()).isNotBlank();
                    if (v.status() != SourceStatus.UNKNOWN) {
                        assertThat(v.reference().sources()).isNotEmpty();
                    } else {
                        assertThat(v.note()).isNotBlank();
                    }
                }));
    }
}
