package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.InvalidInputException;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.Regions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetedSocialAssistanceTest {

    private final TargetedSocialAssistance asp = new TargetedSocialAssistance();

    private static Law on(String day) {
        return ParameterBook.standard().on(LocalDate.parse(day));
    }

    @Test
    void targeted_social_assistance_is_a_monthly_payment_from_local_budgets_in_the_catalogue() {
        assertThat(Measures.byId("targeted-social-assistance")).containsInstanceOf(TargetedSocialAssistance.class);
        assertThat(asp.financing()).isEqualTo(Financing.LOCAL_BUDGET);
        assertThat(asp.payment()).isEqualTo(Payment.MONTHLY);
        assertThat(AssistanceMeasures.all()).extracting(m -> m.id())
                .containsExactly("targeted-social-assistance", "asp-child-supplement");
    }

    @Test
    void the_region_key_accepts_the_twenty_iso_codes_and_refuses_others() {
        assertThat(asp.inputs().get(0).choices()).isEqualTo(Regions.codes()).hasSize(20)
                .contains("KZ-10", "KZ-59", "KZ-79");
        assertThatThrownBy(() -> Inputs.parse(asp.id(), asp.inputs(),
                Map.of("region", "KZ-99", "members", "3", "quarter-income", "1")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("KZ-10, KZ-11");
        assertThatThrownBy(() -> Inputs.parse(asp.id(), asp.inputs(), Map.of("region", "KZ-59", "members", "3")))
                .hasMessageContaining("missing key 'quarter-income'");
    }

    @Test
    void the_cli_keys_give_74_415_for_five_members_with_285_000_in_north_kazakhstan_in_q2_2024() {
        Decision d = asp.calculate(Inputs.parse(asp.id(), asp.inputs(),
                Map.of("region", "KZ-59", "members", "5", "quarter-income", "285000")), on("2024-05-10"), false);
        assertThat(((Entitlement) d).amount()).isEqualTo(74_415);
        assertThat(d.explanation()).isNull();
    }

    @Test
    void read_as_below_the_line_an_income_equal_to_33_883_would_be_refused_the_comparison_is_a_parameter()
            throws IOException {
        String tsa = resource("kz/shanyraq/law/parameters/targeted-social-assistance.yaml");
        int start = tsa.indexOf("- name: asp.eligibility.income-at-line-eligible");
        int end = tsa.indexOf("- name:", start + 10);
        String below = tsa.substring(0, start) + tsa.substring(start, end).replace("value: true", "value: false")
                + tsa.substring(end);
        ParameterBook book = ParameterBook.builder()
                .add("indicators.yaml", new StringReader(resource("kz/shanyraq/law/parameters/indicators.yaml")))
                .add("targeted-social-assistance.yaml", new StringReader(below))
                .addRegional("published-poverty-lines.yaml",
                        new StringReader(resource("kz/shanyraq/law/regional/published-poverty-lines.yaml")))
                .build();
        Decision d = asp.calculate(Inputs.parse(asp.id(), asp.inputs(),
                Map.of("region", "KZ-59", "members", "3", "quarter-income", "304947")),
                book.on(LocalDate.of(2024, 5, 10)), true);
        assertThat(d).isInstanceOf(Refusal.class);
        assertThat(((Refusal) d).reason().en()).contains("not below the poverty line: 33883.00 = 33883");
    }

    @Test
    void assistance_itself_and_the_relocation_subsidy_are_not_counted_as_income_s13() {
        Family family = AspTestSupport.family("""
                id: kz59-resettlers
                region: KZ-59
                members:
                  - {id: head, birthDate: 1985-01-01, sex: male, relation: head, employment: {employed: true}}
                  - {id: spouse, birthDate: 1987-01-01, sex: female, relation: spouse}
                  - {id: c1, birthDate: 2015-01-01, sex: female, relation: child}
                incomes:
                  - {memberId: head, month: 2024-01, type: wage, amount: 60000}
                  - {memberId: head, month: 2024-02, type: wage, amount: 60000}
                  - {memberId: head, month: 2024-03, type: wage, amount: 60000}
                  - {memberId: spouse, month: 2024-01, type: targeted-social-assistance, amount: 20000}
                  - {memberId: spouse, month: 2024-02, type: targeted-social-assistance, amount: 20000}
                  - {memberId: head, month: 2024-02, type: relocation-subsidy, amount: 258440}
                  - {memberId: head, month: 2023-12, type: wage, amount: 999999}
                  - {memberId: head, month: 2024-04, type: wage, amount: 999999}
                """);
        AspAssessment a = asp.assess(family, on("2024-05-10"), true);
        assertThat(a.countedIncome()).isEqualByComparingTo("180000");
        assertThat(a.perCapitaIncome()).isEqualByComparingTo("20000.00");
        assertThat(a.amount()).isEqualTo((33_883 - 20_000) * 3L);
        assertThat(ExplanationText.render(a.decision().explanation(), Locale.ENGLISH))
                .contains("relocation-subsidy 258440, targeted-social-assistance 40000");
    }

    @Test
    void a_disabled_a_long_ill_and_a_student_member_are_not_able_bodied_so_the_aid_is_unconditional() {
        Family family = AspTestSupport.family("""
                id: kz59-not-able
                region: KZ-59
                members:
                  - {id: father, birthDate: 1975-01-01, sex: male, relation: head,
                     disability: {group: 2, cause: general-illness, from: 2020-01-01}}
                  - {id: mother, birthDate: 1978-01-01, sex: female, relation: spouse, longIllness: true}
                  - {id: son, birthDate: 2005-01-01, sex: male, relation: child, study: {from: 2022-09-01, until: 2026-06-30}}
                  - {id: daughter, birthDate: 2012-01-01, sex: female, relation: child}
                incomes:
                  - {memberId: father, month: 2024-02, type: social-benefit, amount: 150000}
                """);
        AspAssessment a = asp.assess(family, on("2024-05-10"));
        assertThat(a.form()).isEqualTo(AspForm.UNCONDITIONAL);
        assertThat(a.ableBodied()).isEmpty();
        String text = ExplanationText.render(asp.assess(family, on("2024-05-10"), true).decision().explanation(),
                Locale.ENGLISH);
        assertThat(text).contains("father (disability group 2)", "mother (illness over two months)",
                "son (full-time student)", "daughter (under 18)");
    }

    @Test
    void a_woman_of_60_and_a_half_has_reached_the_2022_pension_age_but_one_month_younger_is_able_bodied() {
        ParameterBook book = AspTestSupport.bookWithRegional("""
                provenance: synthetic
                note: a line for Q2 2022 to test the pension age
                regional-figures:
                  - figure: poverty-line
                    period: quarter
                    status: unverified
                    values:
                      2022-Q2: {KZ-59: 30000}
                """);
        Law law = book.on(LocalDate.of(2022, 5, 10));
        Family sixtyAndAHalf = single("1961-11-10");
        Family sixtyAndFiveMonths = single("1961-11-11");
        assertThat(asp.assess(sixtyAndAHalf, law).form()).isEqualTo(AspForm.UNCONDITIONAL);
        assertThat(asp.assess(sixtyAndFiveMonths, law).form()).isEqualTo(AspForm.CONDITIONAL);
        assertThat(asp.assess(sixtyAndFiveMonths, law).ableBodied()).containsExactly("woman");
    }

    private static Family single(String birthDate) {
        return AspTestSupport.family("""
                id: single-woman
                region: KZ-59
                members:
                  - {id: woman, birthDate: %s, sex: female, relation: head}
                """.formatted(birthDate));
    }

    @Test
    void the_form_is_shown_in_the_explanation_in_russian_kazakh_and_english() {
        Family family = AspTestSupport.family("""
                id: f
                region: KZ-59
                members:
                  - {id: mother, birthDate: 1995-02-10, sex: female, relation: head, caresFor: [baby]}
                  - {id: baby, birthDate: 2023-06-01, sex: female, relation: child}
                """);
        var e = asp.assess(family, on("2024-05-10"), true).decision().explanation();
        assertThat(ExplanationText.render(e, Locale.forLanguageTag("ru"))).contains("Форма помощи: unconditional");
        assertThat(ExplanationText.render(e, Locale.forLanguageTag("kk"))).contains("Көмек нысаны: unconditional");
        assertThat(ExplanationText.render(e, Locale.ENGLISH)).contains("Form of assistance: unconditional");
    }

    @Test
    void a_family_whose_region_is_not_an_iso_code_is_undetermined_not_guessed() {
        Family family = AspTestSupport.family("""
                id: f
                region: SKO
                members:
                  - {id: a, birthDate: 1990-01-01, sex: male, relation: head}
                """);
        assertThat(asp.evaluate(family, on("2024-05-10"), false).get(0))
                .isInstanceOfSatisfying(kz.shanyraq.law.measure.Undetermined.class,
                        u -> assertThat(u.parameter()).isEqualTo("region of residence"));
    }

    @Test
    void a_family_without_members_gets_no_decision() {
        Family empty = new Family("empty", "KZ-59", null, null, List.of(), null, null, null, null);
        assertThat(asp.evaluate(empty, on("2024-05-10"), false)).isEmpty();
    }

    @Test
    void the_published_north_kazakhstan_line_applies_from_the_first_day_of_q2_2024_and_not_the_day_before() {
        assertThat(PovertyLine.of(on("2024-04-01"), "KZ-59")).isEqualByComparingTo("33883");
        assertThat(PovertyLine.of(on("2024-06-30"), "KZ-59")).isEqualByComparingTo("33883");
        assertThatThrownBy(() -> PovertyLine.of(on("2024-03-31"), "KZ-59"))
                .isInstanceOf(ParameterUnknownException.class)
                .hasMessageStartingWith("parameter unknown: regional subsistence minimum KZ-59 2023-Q4");
    }

    @Test
    void the_loan_refusal_is_explained_in_three_languages_citing_its_source() {
        Family family = AspTestSupport.family("""
                id: f
                region: KZ-59
                members:
                  - {id: a, birthDate: 1990-01-01, sex: male, relation: head}
                loans:
                  - {memberId: a, kind: microcredit, openedOn: 2025-01-15}
                """);
        Refusal r = (Refusal) asp.evaluate(family, on("2025-10-01"), true).get(0);
        assertThat(r.condition()).isEqualTo("no-non-mortgage-loans");
        assertThat(r.reason().ru()).contains("S24", "a microcredit since 2025-01-15");
        assertThat(r.reason().kk()).contains("S24");
        assertThat(r.reason().en()).contains("legal basis not seen");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = AspTestSupport.resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
