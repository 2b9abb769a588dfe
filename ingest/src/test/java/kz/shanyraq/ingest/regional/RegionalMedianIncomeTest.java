package kz.shanyraq.ingest.regional;

import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.RegistryDatabase;
import kz.shanyraq.ingest.SourceKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static kz.shanyraq.ingest.TestIins.iin;
import static org.assertj.core.api.Assertions.assertThat;

class RegionalMedianIncomeTest extends RegistryDatabase {

    private static final Quarter Q1_2025 = Quarter.parse("2025-Q1");
    private int serial = 100;

    /**
     * Three families in North Kazakhstan, first quarter of 2025:
     * A: 2 members, 180 000 ₸ in the quarter → 30 000 ₸ per person a month;
     * B: 4 members, 600 000 ₸ → 50 000;
     * C: 1 member, 360 000 ₸ → 120 000. The median is B's 50 000.
     */
    private void threeFamiliesInNorthKazakhstan() {
        family("A", "KZ-59", 2, 60_000, 30_000, 90_000);
        family("B", "KZ-59", 4, 200_000, 200_000, 200_000);
        family("C", "KZ-59", 1, 120_000, 120_000, 120_000);
    }

    @Test
    void the_median_per_capita_income_of_three_families_is_that_of_the_middle_one() {
        threeFamiliesInNorthKazakhstan();

        List<RegionalFigure> figures = new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.regionCode()).isEqualTo("KZ-59");
            assertThat(f.value()).isEqualByComparingTo("50000.00");
            assertThat(f.provenance()).isEqualTo(Provenance.COMPUTED);
            assertThat(f.families()).isEqualTo(3);
            assertThat(f.computedFrom()).contains("3 families", "7 persons", "2025-01..2025-03", RegionalMedianIncome.METHOD);
        });
        assertThat(new RegionalFigures(dataSource).effective(RegionalSeries.MEDIAN_PER_CAPITA_INCOME, "KZ-59", Q1_2025))
                .hasValueSatisfying(f -> {
                    assertThat(f.value()).isEqualByComparingTo("50000");
                    assertThat(f.provenance()).isEqualTo(Provenance.COMPUTED);
                });
    }

    @Test
    void with_an_even_number_of_families_the_median_is_the_mean_of_the_middle_two_and_a_family_without_income_counts() {
        threeFamiliesInNorthKazakhstan();
        family("D", "KZ-59", 3, 0, 0, 0);

        List<RegionalFigure> figures = new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);

        // 0, 30 000, 50 000, 120 000 → (30 000 + 50 000) / 2
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("40000.00");
            assertThat(f.computedFrom()).contains("1 with no recorded income");
        });
    }

    @Test
    void each_region_gets_its_own_median_and_income_outside_the_quarter_is_not_counted() {
        threeFamiliesInNorthKazakhstan();
        String e = family("E", "KZ-71", 1, 100_000, 100_000, 100_000);
        income(e, "2024-12", 5_000_000);
        income(e, "2025-04", 5_000_000);

        List<RegionalFigure> figures = new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);

        assertThat(figures).extracting(RegionalFigure::regionCode, f -> f.value().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KZ-59", "50000"), org.assertj.core.groups.Tuple.tuple("KZ-71", "100000"));
    }

    @Test
    void a_family_that_moved_during_the_quarter_counts_where_it_lives_at_the_end() {
        threeFamiliesInNorthKazakhstan();
        importer().importBatch(SourceKind.ADDRESSES, "move-C", Format.CSV, text("""
                family_key,region_code,locality,valid_from,valid_to
                C,KZ-59,urban,2020-01-01,2025-02-14
                C,KZ-75,urban,2025-02-15,
                """));

        List<RegionalFigure> figures = new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);

        assertThat(figures).extracting(RegionalFigure::regionCode, f -> f.value().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KZ-59", "40000"), org.assertj.core.groups.Tuple.tuple("KZ-75", "120000"));
    }

    @Test
    void a_member_who_died_or_left_before_the_end_of_the_quarter_is_not_counted() {
        // Family A: 2 members → one of them dies on 10 March: 1 member left, the same 180 000 ₸ → 60 000 a person.
        family("A", "KZ-59", 2, 60_000, 30_000, 90_000);
        String second = column("select p.iin from person p join family_member m on m.person_id = p.id order by p.iin desc limit 1").get(0);
        String birth = column("select birth_date::text from person where iin = '" + second + "'").get(0);
        importer().importBatch(SourceKind.PERSONS, "death-1", Format.CSV, text(
                "iin,birth_date,sex,status,death_date\n" + second + "," + birth + ",M,citizen,2025-03-10\n"));

        List<RegionalFigure> figures = new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);

        assertThat(figures).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("60000"));
    }

    @Test
    void an_official_figure_takes_precedence_over_the_computed_one_and_says_so() {
        threeFamiliesInNorthKazakhstan();
        new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);

        ImportResult loaded = new RegionalFigureImport(dataSource, "operator-1", TODAY)
                .importFigures("mlsp-2025-q1", Format.CSV, sample("regional-figures.csv"));
        RegionalFigures figures = new RegionalFigures(dataSource);

        assertThat(loaded.rows()).isEqualTo(2);
        assertThat(figures.effective(RegionalSeries.MEDIAN_PER_CAPITA_INCOME, "KZ-59", Q1_2025)).hasValueSatisfying(f -> {
            assertThat(f.value()).isEqualByComparingTo("98500");
            assertThat(f.provenance()).isEqualTo(Provenance.OFFICIAL);
            assertThat(f.source()).contains("MLSP");
            assertThat(f.computedFrom()).contains("mlsp-2025-q1", "operator-1");
        });
        assertThat(figures.all(RegionalSeries.MEDIAN_PER_CAPITA_INCOME, "KZ-59", Q1_2025))
                .extracting(RegionalFigure::provenance).containsExactly(Provenance.OFFICIAL, Provenance.COMPUTED);
        assertThat(figures.effective(RegionalSeries.MEDIAN_PER_CAPITA_INCOME, "KZ-71", Q1_2025)).isEmpty();
        assertThat(figures.effectiveByRegion(RegionalSeries.SUBSISTENCE_MINIMUM, Q1_2025)).containsOnlyKeys("KZ-59");
    }

    @Test
    void recomputing_replaces_the_computed_figure_and_leaves_the_official_one() {
        threeFamiliesInNorthKazakhstan();
        new RegionalFigureImport(dataSource, "operator-1", TODAY).importFigures("mlsp-2025-q1", Format.JSON, sample("regional-figures.json"));
        new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);
        family("D", "KZ-59", 1, 300_000, 300_000, 300_000);

        new RegionalMedianIncome(dataSource, TODAY).compute(Q1_2025);

        assertThat(new RegionalFigures(dataSource).all(RegionalSeries.MEDIAN_PER_CAPITA_INCOME, "KZ-59", Q1_2025))
                .extracting(RegionalFigure::provenance, f -> f.value().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Provenance.OFFICIAL, "98500"),
                        org.assertj.core.groups.Tuple.tuple(Provenance.COMPUTED, "85000"));
    }

    @Test
    void official_figures_are_refused_whole_when_one_is_wrong() {
        try {
            new RegionalFigureImport(dataSource, "operator-1", TODAY).importFigures("bad-figures", Format.CSV, text("""
                    series,region_code,period,value,source
                    median-per-capita-income,KZ-59,2025-Q1,98500,MLSP
                    median-per-capita-income,KZ-99,2025-Q5,-1,MLSP
                    """));
        } catch (kz.shanyraq.ingest.BatchRejectedException e) {
            assertThat(e.errors()).extracting(kz.shanyraq.ingest.ImportError::field)
                    .containsExactly("region_code", "period", "value");
        }
        assertThat(count("regional_figure")).isZero();
    }

    // ----- a tiny world: a family of n members in a region, with each member's income for January, February, March

    private String family(String key, String region, int members, long... quarterIncomeOfHead) {
        StringBuilder persons = new StringBuilder("iin,birth_date,sex,status\n");
        StringBuilder membership = new StringBuilder("family_key,iin,relation,valid_from\n");
        String head = null;
        for (int i = 0; i < members; i++) {
            String birth = (1970 + i) + "-01-15";
            String iin = iin(birth, 'M', serial++);
            head = head == null ? iin : head;
            persons.append(iin).append(',').append(birth).append(",M,citizen\n");
            membership.append(key).append(',').append(iin).append(',').append(i == 0 ? "head" : "other").append(",2020-01-01\n");
        }
        importer().importBatch(SourceKind.PERSONS, "p-" + key, Format.CSV, text(persons.toString()));
        importer().importBatch(SourceKind.FAMILY_MEMBERS, "m-" + key, Format.CSV, text(membership.toString()));
        importer().importBatch(SourceKind.ADDRESSES, "a-" + key, Format.CSV, text(
                "family_key,region_code,locality,valid_from\n" + key + "," + region + ",urban,2020-01-01\n"));
        for (int m = 0; m < quarterIncomeOfHead.length; m++) {
            if (quarterIncomeOfHead[m] > 0) {
                income(head, "2025-0" + (m + 1), quarterIncomeOfHead[m]);
            }
        }
        return head;
    }

    private void income(String iin, String month, long amount) {
        importer().importBatch(SourceKind.INCOMES, "i-" + iin + "-" + month, Format.CSV, text(
                "iin,month,type,source,amount\n" + iin + "," + month + ",wage,gcvp," + amount + "\n"));
    }
}
