package kz.shanyraq.law.coverage;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Missing data is not zero (issue 22): outside its source's coverage a fact is unknown, not absent. */
class CoverageTest {

    /** The shipped law plus the regional figures of KZ-59 an operator would load for Q3/Q4 2025 (synthetic here). */
    static final ParameterBook BOOK = ParameterBook.builder().addShipped().addRegional("test-regional.yaml",
            new StringReader("""
                    provenance: synthetic
                    note: regional figures of KZ-59 for Q3/Q4 2025, so that the АСП of the test family is decided
                    regional-figures:
                      - figure: poverty-line
                        period: quarter
                        status: unverified
                        values:
                          2025-Q4: {KZ-59: 43000}
                      - figure: subsistence-minimum
                        period: quarter
                        status: unverified
                        values:
                          2025-Q3: {KZ-59: 61385}
                      - figure: median-income
                        period: quarter
                        status: unverified
                        values:
                          2025-Q3: {KZ-59: 120000}
                    """)).build();
    static final LocalDate ON = LocalDate.of(2025, 11, 1);
    static final String ASP = "targeted-social-assistance";
    /** Incomes from July 2025 to December 2026: Q3 2025 is inside. */
    static final Coverage WITH_Q3_2025 = Coverage.GIVEN.with(RegistrySource.INCOMES,
            new MonthSpan(YearMonth.of(2025, 7), YearMonth.of(2026, 12)));
    /** Incomes from July 2026 only (the synthetic country before it had a history). */
    static final Coverage FROM_JULY_2026 = Coverage.GIVEN.with(RegistrySource.INCOMES,
            new MonthSpan(YearMonth.of(2026, 7), YearMonth.of(2026, 12)));

    static Family lowIncomeFamily() throws Exception {
        return FamilyDocuments.read(resource("low-income-family.json"), null);
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(CoverageTest.class.getResource("/families/" + name).toURI());
    }

    @Test
    void a_low_income_family_whose_q3_2025_incomes_are_covered_is_entitled_to_asp_art_127_social_code() throws Exception {
        FamilyEvaluation e = new FamilyEvaluator(BOOK).evaluate(lowIncomeFamily(), ON, true, WITH_Q3_2025);

        assertThat(e.entitlements()).anyMatch(d -> d.measure().equals(ASP));
        assertThat(e.undetermined()).noneMatch(d -> d.measure().equals(ASP));
        assertThat(e.category().determined()).isTrue();
    }

    @Test
    void the_same_family_when_incomes_are_recorded_from_july_2026_is_undetermined_naming_the_source_and_quarter()
            throws Exception {
        FamilyEvaluation e = new FamilyEvaluator(BOOK).evaluate(lowIncomeFamily(), ON, true, FROM_JULY_2026);

        assertThat(e.entitlements()).noneMatch(d -> d.measure().equals(ASP));
        Undetermined asp = e.undetermined().stream().filter(d -> d.measure().equals(ASP)).findFirst().orElseThrow();
        assertThat(asp.parameter()).isEqualTo("registry:incomes:2025-07…2025-09");
        assertThat(asp.reason().en())
                .isEqualTo("Incomes of Q3 2025 are not in the registry: they are recorded from July 2026");
        assertThat(asp.reason().ru())
                .isEqualTo("Доходы за 3 квартал 2025 г. отсутствуют в реестре: они учтены с июля 2026 г.");
        assertThat(asp.reason().kk()).startsWith("2025 ж. 3-тоқсан табыстар тізілімде жоқ");
        assertThat(asp.explanation()).isNotNull();
        assertThat(e.category().determined()).isFalse();
        assertThat(e.category().reason().en()).isEqualTo(asp.reason().en());
        assertThat(e.level().determined()).isFalse();
    }

    @Test
    void a_family_document_evaluated_as_given_is_not_limited_by_any_coverage() throws Exception {
        FamilyEvaluation given = new FamilyEvaluator(BOOK).evaluate(lowIncomeFamily(), ON, false);

        assertThat(given.entitlements()).anyMatch(d -> d.measure().equals(ASP));
    }

    @Test
    void a_date_after_the_last_month_received_is_undetermined_saying_up_to_which_month_incomes_are_recorded() {
        CoverageVerdict v = new FamilyEvaluator(BOOK).verdict(LocalDate.of(2027, 5, 1), WITH_Q3_2025);

        assertThat(v.measure(ASP).orElseThrow().reason().en())
                .isEqualTo("Incomes of Q1 2027 are not in the registry: they are recorded up to December 2026");
        assertThat(v.complete()).isFalse();
    }

    @Test
    void insurance_payments_need_the_contributions_of_their_average_income_window_before_the_month() {
        Coverage contributions = Coverage.GIVEN.with(RegistrySource.SOCIAL_CONTRIBUTIONS,
                new MonthSpan(YearMonth.of(2026, 7), YearMonth.of(2026, 12)));

        CoverageVerdict v = new FamilyEvaluator(BOOK).verdict(LocalDate.of(2026, 10, 1), contributions);

        assertThat(v.measure("maternity-payment").orElseThrow().needed())
                .isEqualTo(new MonthSpan(YearMonth.of(2025, 10), YearMonth.of(2026, 9)));
        assertThat(v.measure(ASP)).isEmpty();
        assertThat(v.wellbeing()).isEmpty();
    }

    @Test
    void the_batch_engine_gives_the_same_undetermined_asp_and_no_category_outside_the_coverage() throws Exception {
        PopulationBuilder b = new PopulationBuilder();
        b.add(lowIncomeFamily());
        Population p = b.build();

        BatchResult inside = BatchEvaluator.compile(BOOK, ON, WITH_Q3_2025).evaluate(p, 1);
        BatchResult outside = BatchEvaluator.compile(BOOK, ON, FROM_JULY_2026).evaluate(p, 1);

        int asp = inside.measureIndex(ASP);
        assertThat(inside.outcome(asp, 0)).isEqualTo(Outcome.ENTITLED);
        assertThat(inside.amount(asp, 0)).isPositive();
        assertThat(inside.category(0)).isPositive();
        assertThat(outside.outcome(asp, 0)).isEqualTo(Outcome.UNDETERMINED);
        assertThat(outside.amount(asp, 0)).isZero();
        assertThat(outside.category(0)).isZero();
        assertThat(outside.level(0)).isZero();
    }
}
