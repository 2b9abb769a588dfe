package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.law.family.Vehicle;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static kz.shanyraq.law.wellbeing.WellbeingFixtures.BOOK;
import static kz.shanyraq.law.wellbeing.WellbeingFixtures.ON;
import static org.assertj.core.api.Assertions.assertThat;

/** The national recompute's compiled tables and the explained scoring are one rule set: same outcome, always. */
class FastPathAgreementTest {

    @Test
    void theCompiledMethodologyGivesTheExplainedOutcomeForThousandsOfRandomFamilies() {
        Random random = new Random(20250801);
        List<Methodology> methodologies = List.of(Methodologies.categories2025(), Methodologies.levels2023());
        int n = 3000;
        long[][] columns = new long[Feature.COUNT][n];
        List<Family> families = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Family f = randomFamily(random, i);
            families.add(f);
            long[] x = WellbeingFeatures.measure(f, ON, BOOK).values();
            for (int k = 0; k < Feature.COUNT; k++) {
                columns[k][i] = x[k];
            }
        }
        for (Methodology m : methodologies) {
            WellbeingScoring explained = new WellbeingScoring(BOOK, m);
            CompiledMethodology fast = m.compile(ON);
            Set<Integer> seen = new HashSet<>();
            Set<String> rules = new HashSet<>();
            for (int i = 0; i < n; i++) {
                WellbeingScore s = explained.score(families.get(i), ON, i % 10 == 0);
                long[] x = s.features() == null ? null : s.features().values();
                assertThat(fast.category(x)).as("%s family %d: %s", m.id(), i, s.reason().en())
                        .isEqualTo(s.outcome());
                assertThat(fast.category(columns, i)).isEqualTo(s.outcome());
                seen.add(s.outcome());
                rules.add(s.decidedBy());
            }
            // the random population reaches every outcome, so the agreement covers every threshold and rule
            assertThat(seen).as(m.id()).hasSize(m.versionOn(ON).outcomes().size() + (seen.contains(0) ? 1 : 0));
            if (m == Methodologies.categories2025()) {
                assertThat(rules).contains("food-deficit", "two-dwellings-two-vehicles", "points");
            }
        }
    }

    @Test
    void valuesBeyondTwoToTheSixtyFirstOrUnknownScoreAsTheBandLoopDoes() {
        // The branch-free sum holds for values in [−2^61, 2^61); outside it (or unknown) the band loop decides.
        // category(columns, row) always walks the bands, so it is the reference here.
        long[] extremes = {Long.MAX_VALUE, Long.MIN_VALUE + 1, (1L << 61) - 1, 1L << 61, -(1L << 61),
                -(1L << 61) - 1, 1L << 62, -(1L << 62), Feature.UNKNOWN, 0, -1};
        Random random = new Random(61);
        for (Methodology m : List.of(Methodologies.categories2025(), Methodologies.levels2023())) {
            CompiledMethodology fast = m.compile(ON);
            int n = 4000;
            long[][] columns = new long[Feature.COUNT][n];
            long[][] rows = new long[n][];
            for (int i = 0; i < n; i++) {
                long[] x = WellbeingFeatures.measure(randomFamily(random, i), ON, BOOK).values();
                int changed = 1 + random.nextInt(3);
                for (int c = 0; c < changed; c++) {
                    x[random.nextInt(Feature.COUNT)] = extremes[random.nextInt(extremes.length)];
                }
                rows[i] = x;
                for (int k = 0; k < Feature.COUNT; k++) {
                    columns[k][i] = x[k];
                }
            }
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                assertThat(fast.category(rows[i])).as("%s row %d", m.id(), i).isEqualTo(fast.category(columns, i));
                seen.add(fast.category(rows[i]));
            }
            assertThat(seen).as(m.id() + ": undetermined and determined rows both occur").contains(0).hasSizeGreaterThan(2);
        }
    }

    private static Family randomFamily(Random r, int i) {
        List<Member> members = new ArrayList<>();
        List<Income> incomes = new ArrayList<>();
        int adults = 1 + r.nextInt(3);
        int children = r.nextInt(r.nextInt(8) + 1);
        for (int a = 0; a < adults; a++) {
            String id = "a" + a;
            boolean employed = r.nextInt(3) > 0;
            Disability d = r.nextInt(12) == 0 ? new Disability(1 + r.nextInt(3), DisabilityCause.GENERAL_ILLNESS,
                    LocalDate.of(2020, 1, 1), null, null) : null;
            members.add(new Member(id, null, LocalDate.of(1950 + r.nextInt(55), 1 + r.nextInt(12), 1),
                    r.nextBoolean() ? Sex.MALE : Sex.FEMALE, a == 0 ? Relation.HEAD : Relation.SPOUSE, null, null, null,
                    d, null, null, r.nextInt(8) == 0 ? new Study(LocalDate.of(2023, 9, 1), LocalDate.of(2027, 6, 30)) : null,
                    new Employment(employed, null, r.nextInt(6) == 0 ? LocalDate.of(2025, 2, 1) : null), null,
                    r.nextInt(20) == 0, null));
            if (employed || r.nextInt(4) == 0) {
                long wage = (long) Math.exp(9 + r.nextDouble() * 4);
                for (int m = 4; m <= 6; m++) {
                    incomes.add(new Income(id, YearMonth.of(2025, m), r.nextInt(5) == 0 ? IncomeType.PENSION
                            : IncomeType.WAGE, wage));
                }
            }
        }
        for (int c = 0; c < children; c++) {
            Disability d = r.nextInt(30) == 0 ? new Disability(null, DisabilityCause.GENERAL_ILLNESS,
                    LocalDate.of(2021, 1, 1), null, null) : null;
            members.add(new Member("c" + c, null, LocalDate.of(2004 + r.nextInt(21), 1 + r.nextInt(12), 1), Sex.FEMALE,
                    Relation.CHILD, null, null, null, d, null, null, null, null, null, false, null));
        }
        List<RealEstate> estate = new ArrayList<>();
        for (int k = r.nextInt(r.nextInt(4) + 1); k > 0; k--) {
            estate.add(new RealEstate("a0", r.nextInt(5) == 0 ? RealEstate.Kind.COMMERCIAL : RealEstate.Kind.DWELLING,
                    BigDecimal.valueOf(20 + r.nextInt(150)), LocalDate.of(2010, 1, 1),
                    r.nextInt(10) == 0 ? LocalDate.of(2025, 1, 1) : null));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int k = r.nextInt(r.nextInt(4) + 1); k > 0; k--) {
            vehicles.add(new Vehicle("a0", Vehicle.Kind.CAR, r.nextInt(6) == 0 ? null : 1995 + r.nextInt(31),
                    LocalDate.of(2018, 1, 1), null));
        }
        List<LandPlot> land = r.nextInt(3) == 0 ? List.of(new LandPlot("a0",
                BigDecimal.valueOf(r.nextInt(5000), 2), LandPlot.Purpose.HOUSEHOLD, LocalDate.of(2010, 1, 1), null))
                : List.of();
        List<Livestock> livestock = r.nextInt(4) == 0 ? List.of(
                new Livestock("a0", Livestock.Species.CATTLE, r.nextInt(40), LocalDate.of(2025, 1, 1)),
                new Livestock("a0", Livestock.Species.SHEEP, r.nextInt(200), LocalDate.of(2025, 1, 1))) : List.of();
        List<Loan> loans = new ArrayList<>();
        for (int k = r.nextInt(3); k > 0; k--) {
            loans.add(new Loan("a0", LoanKind.values()[r.nextInt(LoanKind.values().length)], LocalDate.of(2024, 1, 1),
                    null, r.nextBoolean() ? (long) r.nextInt(200_000) : null));
        }
        // one family in fifty lives where no regional ПМ is loaded: undetermined on both paths
        String region = r.nextInt(50) == 0 ? "KZ-11" : WellbeingFixtures.REGION;
        return new Family("r" + i, region, null, Locality.URBAN, members, incomes, loans, null, null,
                new Assets(estate, vehicles, land, livestock));
    }

}
