package kz.shanyraq.synth.country;

import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.synth.load.RegistryTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The country's history: incomes before the reference months, from {@code --history-from}. */
class IncomeHistoryTest {

    private static final YearMonth FROM = YearMonth.of(2025, 1);
    private static SmallCountry withHistory;
    private static SmallCountry without;

    @BeforeAll
    static void generate() throws Exception {
        withHistory = SmallCountry.withHistory(0.002, 5, 2, FROM);
        without = SmallCountry.generate(0.002, 5, 2);
    }

    @Test
    void the_same_seed_and_history_give_the_same_rows_and_another_seed_other_rows() throws Exception {
        SmallCountry again = SmallCountry.withHistory(0.002, 5, 1, FROM);
        SmallCountry otherSeed = SmallCountry.withHistory(0.002, 6, 2, FROM);

        assertThat(GenerationIsDeterministicTest.digests(again.rows))
                .isEqualTo(GenerationIsDeterministicTest.digests(withHistory.rows));
        assertThat(GenerationIsDeterministicTest.digests(otherSeed.rows).get(RegistryTable.INCOME.table))
                .isNotEqualTo(GenerationIsDeterministicTest.digests(withHistory.rows).get(RegistryTable.INCOME.table));
    }

    @Test
    void a_history_adds_income_rows_and_leaves_every_other_table_and_the_reference_months_as_they_were() throws Exception {
        Map<String, String> with = GenerationIsDeterministicTest.digests(withHistory.rows);
        Map<String, String> none = GenerationIsDeterministicTest.digests(without.rows);
        for (RegistryTable t : RegistryTable.values()) {
            if (t != RegistryTable.INCOME) {
                assertThat(with.get(t.table)).as(t.table).isEqualTo(none.get(t.table));
            }
        }
        List<Resident> a = withHistory.persons();
        List<Resident> b = without.persons();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).incomes).as("reference months of person " + i)
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(b.get(i).incomes);
        }
        assertThat(rows(withHistory)).as("a row of 2025 beside the row of 2026 for most incomes")
                .isGreaterThan(rows(without) * 3 / 2);
    }

    @Test
    void wages_start_with_the_job_and_are_lower_the_further_back() {
        long earlier = 0, later = 0;
        int n = 0;
        for (Resident r : withHistory.persons()) {
            Facts.IncomeStream wage = stream(r, "wage");
            if (wage == null) {
                continue;
            }
            for (int m = 0; m < wage.amounts().length; m++) {
                if (wage.amounts()[m] > 0) {
                    assertThat(FROM.plusMonths(m).atEndOfMonth()).as("a wage before the job started")
                            .isAfterOrEqualTo(r.jobFrom);
                }
            }
            if (wage.amounts()[0] > 0 && wage.amounts()[12] > 0) {
                earlier += wage.amounts()[0];
                later += wage.amounts()[12];
                n++;
            }
        }
        assertThat(n).isGreaterThan(1000);
        assertThat((double) earlier / later).as("January 2025 against January 2026").isBetween(0.85, 0.96);
    }

    @Test
    void a_benefit_is_paid_from_the_day_the_right_arose_at_the_amount_of_each_months_law() {
        int checked = 0;
        for (Resident r : withHistory.persons()) {
            if (r.award == null || r.awardedOn.isAfter(LocalDate.of(2024, 12, 1))) {
                continue;
            }
            Facts.IncomeStream allowance = stream(r, "awarded-mother-allowance");
            assertThat(allowance).isNotNull();
            boolean kumis = "kumis-alka".equals(r.award);
            assertThat(allowance.amounts()[0]).as("January 2025, МРП 3 932")
                    .isEqualTo(LawAmounts.on(YearMonth.of(2025, 1)).awardedMotherAllowance(kumis));
            assertThat(allowance.amounts()[12]).as("January 2026")
                    .isEqualTo(LawAmounts.on(YearMonth.of(2026, 1)).awardedMotherAllowance(kumis));
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(LawAmounts.on(YearMonth.of(2025, 1)).awardedMotherAllowance(true)).as("seed figures §3: 25 165 ₸")
                .isEqualTo(25_165);
    }

    @Test
    void a_family_not_drawn_poor_is_above_the_poverty_line_of_every_history_quarter() {
        Map<Quarter, Map<String, Long>> lines = withHistory.plan.historyPovertyLines();
        int families = 0;
        for (Household h : withHistory.households()) {
            if (h.poor) {
                continue;
            }
            List<Resident> current = h.current();
            for (int q = 0; q < 6; q++) {
                long counted = 0;
                for (Resident r : current) {
                    if (r.pastIncomes != null) {
                        for (Facts.IncomeStream s : r.pastIncomes) {
                            if (LawAmounts.standard().countedForAsp(s.type())) {
                                counted += s.total(q * 3, q * 3 + 3);
                            }
                        }
                    }
                }
                long line = lines.get(Quarter.of(FROM.plusMonths(q * 3L).atDay(1))).get(h.region.code());
                StringBuilder streams = new StringBuilder();
                for (Resident r : current) {
                    streams.append(r.age()).append(r.pastIncomes == null ? "[]" : r.pastIncomes.stream()
                            .map(s -> s.type() + java.util.Arrays.toString(s.amounts())).toList()).append("; ");
                }
                assertThat(counted).as("quarter " + q + " of a family of " + current.size() + ": " + streams)
                        .isGreaterThan(line * current.size() * 3L);
            }
            families++;
        }
        assertThat(families).isGreaterThan(5000);
    }

    @Test
    void about_a_quarter_of_the_families_drawn_poor_became_poor_only_in_2025_and_were_above_the_line_before() {
        Map<String, Long> q1 = withHistory.plan.historyPovertyLines().get(new Quarter(2025, 1));
        int poor = 0, aboveInQ1 = 0;
        for (Household h : withHistory.households()) {
            if (!h.poor) {
                continue;
            }
            poor++;
            long counted = 0;
            for (Resident r : h.current()) {
                if (r.pastIncomes != null) {
                    for (Facts.IncomeStream s : r.pastIncomes) {
                        if (LawAmounts.standard().countedForAsp(s.type())) {
                            counted += s.total(0, 3);
                        }
                    }
                }
            }
            if (counted > q1.get(h.region.code()) * h.current().size() * 3L) {
                aboveInQ1++;
            }
        }
        assertThat(poor).isGreaterThan(20);
        assertThat((double) aboveInQ1 / poor).isBetween(0.1, 0.5);
    }

        @Test
    void a_history_outside_2018_01_to_2026_07_is_refused_naming_the_option() {
        assertThatThrownBy(() -> SyntheticCalendar.historyMonths(YearMonth.of(2017, 12)))
                .hasMessageContaining("--history-from").hasMessageContaining("2018-01");
        assertThatThrownBy(() -> SyntheticCalendar.historyMonths(YearMonth.of(2026, 8)))
                .hasMessageContaining("--history-from").hasMessageContaining("2026-07");
        assertThat(SyntheticCalendar.historyMonths(YearMonth.of(2026, 7))).isEmpty();
        assertThat(SyntheticCalendar.historyMonths(SyntheticCalendar.DEFAULT_HISTORY_FROM)).hasSize(21)
                .startsWith(YearMonth.of(2024, 10)).endsWith(YearMonth.of(2026, 6));
    }

    private static Facts.IncomeStream stream(Resident r, String type) {
        if (r.pastIncomes == null) {
            return null;
        }
        return r.pastIncomes.stream().filter(s -> s.type().equals(type)).findFirst().orElse(null);
    }

    private static long rows(SmallCountry c) {
        return c.rows.stream().mapToLong(r -> r.of(RegistryTable.INCOME).rows()).sum();
    }
}
