package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Contribution;
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
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.law.family.Vehicle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A family fed to the population as primitives (numeric id codes, epoch days, month indexes, ordinals — what the
 * recompute's snapshot decoder feeds) is the same family as the law's {@link Family} object added whole: the
 * population gives back equal families, and the two ways share one column-filling path.
 */
class PrimitiveFeedingTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);

    /** A widow with two children, one disabled and cared for, incomes, a loan, property and a resettlement. */
    private static Family widowsFamily() {
        Member mother = new Member("1001", "850312400123", LocalDate.of(1985, 3, 12), Sex.FEMALE, Relation.HEAD,
                ResidenceStatus.CITIZEN, null, null, null,
                new SocialInsurance(60, List.of(new Contribution(YearMonth.of(2026, 7), 250_000),
                        new Contribution(YearMonth.of(2026, 8), 260_000))),
                List.of(new Award(AwardKind.KUMIS_ALKA, LocalDate.of(2020, 5, 1))), null,
                new Employment(true, null, null), new Maternity(LocalDate.of(2026, 9, 1), 126), false,
                List.of("1003"));
        Member son = new Member("1002", "100101500777", LocalDate.of(2010, 1, 1), Sex.MALE, Relation.CHILD,
                ResidenceStatus.CITIZEN, "1001", 1, null, null, List.of(),
                new Study(LocalDate.of(2016, 9, 1), null), new Employment(false, null, null), null, false, List.of());
        Member daughter = new Member("1003", "150505600888", LocalDate.of(2015, 5, 5), Sex.FEMALE, Relation.CHILD,
                ResidenceStatus.CITIZEN, "1001", 2,
                new Disability(2, DisabilityCause.CHILDHOOD, LocalDate.of(2018, 1, 1), null, 60), null, List.of(),
                null, new Employment(false, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 10)), null, true,
                List.of());
        List<Income> incomes = List.of(
                new Income("1001", YearMonth.of(2026, 9), IncomeType.WAGE, 260_000),
                new Income("1001", YearMonth.of(2026, 8), IncomeType.WAGE, 250_000),
                new Income("1003", YearMonth.of(2026, 8), IncomeType.OTHER, 40_000),
                new Income("1001", YearMonth.of(2025, 1), IncomeType.WAGE, 10));
        List<Loan> loans = List.of(new Loan("1001", LoanKind.CONSUMER, LocalDate.of(2024, 2, 1), null));
        BreadwinnerLoss loss = new BreadwinnerLoss(LocalDate.of(2024, 6, 30), "800101300555", false,
                List.of("1002", "1003"), new SocialInsurance(null, List.of(
                new Contribution(YearMonth.of(2024, 5), 300_000))));
        Family f = new Family("77", "KZ-75", "KZ-75-01", Locality.URBAN, List.of(mother, son, daughter), incomes,
                loans, new Resettlement(ResettlerKind.KANDAS, true, "KZ-11", LocalDate.of(2023, 3, 1), 20), loss);
        return f.withAssets(new Assets(
                List.of(new RealEstate("1001", RealEstate.Kind.DWELLING, new BigDecimal("54.30"),
                        LocalDate.of(2019, 1, 1), null)),
                List.of(new Vehicle("1001", Vehicle.Kind.CAR, 2012, LocalDate.of(2020, 1, 1), null)),
                List.of(new LandPlot("1001", new BigDecimal("0.1200"), LandPlot.Purpose.HOUSEHOLD,
                        LocalDate.of(2019, 1, 1), null)),
                List.of(new Livestock("1001", Livestock.Species.SHEEP, 12, LocalDate.of(2026, 1, 1)))));
    }

    /** The same family as a decoder feeds it: numeric codes, and the children before their mother. */
    private static void feedWidowsFamily(PopulationBuilder b) {
        int none = Population.NO_DAY;
        b.family(PopulationBuilder.number(77), b.region("KZ-75"), b.district("KZ-75-01"), Locality.URBAN.ordinal());
        // members in the order of the law's object (head first): the mother is looked up by id when the family ends
        b.member(PopulationBuilder.number(1001), PopulationBuilder.digits(850312400123L, 12),
                day(1985, 3, 12), Sex.FEMALE.ordinal(), Relation.HEAD.ordinal(), ResidenceStatus.CITIZEN.ordinal(),
                TextIds.NONE, Population.NO_INT, false);
        b.award(AwardKind.KUMIS_ALKA.ordinal(), day(2020, 5, 1));
        b.insurance(60).contribution(month(2026, 7), 250_000).contribution(month(2026, 8), 260_000);
        b.caresFor(PopulationBuilder.number(1003));
        b.maternity(day(2026, 9, 1), 126);
        b.employment(true, none, none);
        b.member(PopulationBuilder.number(1002), PopulationBuilder.digits(100101500777L, 12), day(2010, 1, 1),
                Sex.MALE.ordinal(), Relation.CHILD.ordinal(), ResidenceStatus.CITIZEN.ordinal(),
                PopulationBuilder.number(1001), 1, false);
        b.study(day(2016, 9, 1), none).employment(false, none, none);
        b.member(PopulationBuilder.number(1003), PopulationBuilder.digits(150505600888L, 12), day(2015, 5, 5),
                Sex.FEMALE.ordinal(), Relation.CHILD.ordinal(), ResidenceStatus.CITIZEN.ordinal(),
                PopulationBuilder.number(1001), 2, true);
        b.employment(false, day(2025, 12, 31), day(2026, 1, 10));
        b.disability(2, DisabilityCause.CHILDHOOD.ordinal(), day(2018, 1, 1), none, 60);
        b.livestock(PopulationBuilder.number(1001), Livestock.Species.SHEEP.ordinal(), 12, day(2026, 1, 1));
        b.income(PopulationBuilder.number(1001), month(2026, 9), IncomeType.WAGE.ordinal(), 260_000);
        b.income(PopulationBuilder.number(1001), month(2026, 8), IncomeType.WAGE.ordinal(), 250_000);
        b.income(PopulationBuilder.number(1003), month(2026, 8), IncomeType.OTHER.ordinal(), 40_000);
        b.income(PopulationBuilder.number(1001), month(2025, 1), IncomeType.WAGE.ordinal(), 10);
        b.breadwinnerLoss(day(2024, 6, 30), PopulationBuilder.digits(800101300555L, 12), false)
                .dependant(PopulationBuilder.number(1002)).dependant(PopulationBuilder.number(1003))
                .deceasedInsurance(Population.NO_INT).contribution(month(2024, 5), 300_000);
        b.loan(PopulationBuilder.number(1001), LoanKind.CONSUMER.ordinal(), day(2024, 2, 1), none, Population.NO_LONG);
        b.realEstate(PopulationBuilder.number(1001), RealEstate.Kind.DWELLING.ordinal(), new BigDecimal("54.30"),
                day(2019, 1, 1), none);
        b.vehicle(PopulationBuilder.number(1001), Vehicle.Kind.CAR.ordinal(), 2012, day(2020, 1, 1), none);
        b.landPlot(PopulationBuilder.number(1001), new BigDecimal("0.1200"), LandPlot.Purpose.HOUSEHOLD.ordinal(),
                day(2019, 1, 1), none);
        b.resettlement(ResettlerKind.KANDAS.ordinal(), true, "KZ-11", day(2023, 3, 1), 20);
        b.endFamily();
    }

    private static Family single(String id) {
        return new Family(id, "KZ-11", null, Locality.RURAL, List.of(new Member(id + "1", "900101300111",
                LocalDate.of(1990, 1, 1), Sex.MALE, Relation.HEAD, ResidenceStatus.CITIZEN, null, null, null, null,
                List.of(), null, new Employment(false, null, null), null, false, List.of())), List.of(), List.of(),
                null, null);
    }

    @Test
    @DisplayName("a family fed as primitives is the family added as an object, in the same columns")
    void primitivesAndObjectsGiveTheSameFamily() {
        Family widow = widowsFamily();
        PopulationBuilder objects = new PopulationBuilder();
        objects.add(single("5")).add(widow).add(single("6"));
        PopulationBuilder primitives = new PopulationBuilder();
        primitives.add(single("5"));
        feedWidowsFamily(primitives);
        primitives.add(single("6"));
        Population a = objects.build();
        Population b = primitives.build();

        assertThat(b.size()).isEqualTo(3);
        assertThat(b.family(1)).isEqualTo(widow);
        for (int f = 0; f < 3; f++) {
            assertThat(b.family(f)).isEqualTo(a.family(f));
        }
        // the member references resolved when the family ended: the mother, the cared-for daughter, the dependants
        assertThat(b.family(1).members().get(1).motherId()).isEqualTo("1001");
        assertThat(b.family(1).members().get(0).caresFor()).containsExactly("1003");
    }

    @Test
    @DisplayName("incomes before the kept window are dropped on both paths alike")
    void theIncomeWindowAppliesToPrimitives() {
        PopulationBuilder objects = new PopulationBuilder().keepIncomeFrom(YearMonth.of(2026, 4));
        objects.add(widowsFamily());
        PopulationBuilder primitives = new PopulationBuilder().keepIncomeFrom(YearMonth.of(2026, 4));
        feedWidowsFamily(primitives);
        Family fromPrimitives = primitives.build().family(0);
        assertThat(fromPrimitives).isEqualTo(objects.build().family(0));
        assertThat(fromPrimitives.incomes()).hasSize(3).noneMatch(i -> i.month().equals(YearMonth.of(2025, 1)));
    }

    @Test
    @DisplayName("a fact fed outside a member, or a family not ended, is refused naming the family")
    void misuseIsRefusedNamingTheFamily() {
        PopulationBuilder b = new PopulationBuilder();
        b.family(PopulationBuilder.number(42), b.region("KZ-11"), -1, -1);
        b.income(PopulationBuilder.number(1), month(2026, 1), 0, 1);
        assertThatThrownBy(() -> b.study(0, 0)).hasMessageContaining("family 42").hasMessageContaining("study");
        assertThatThrownBy(() -> b.family(PopulationBuilder.number(43), 0, -1, -1))
                .hasMessageContaining("family 42 was not ended");
        assertThatThrownBy(() -> PopulationBuilder.digits(1234, 3)).hasMessageContaining("3 digits");
        assertThat(PopulationBuilder.number(1001)).isEqualTo(new TextIds().encode("1001"));
        assertThat(PopulationBuilder.digits(12345, 12)).isEqualTo(new TextIds().encode("000000012345"));
    }

    private static int day(int y, int m, int d) {
        return (int) LocalDate.of(y, m, d).toEpochDay();
    }

    private static int month(int y, int m) {
        return y * 12 + m - 1;
    }
}
