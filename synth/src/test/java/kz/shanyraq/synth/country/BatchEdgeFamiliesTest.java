package kz.shanyraq.synth.country;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.BatchResult;
import kz.shanyraq.law.batch.Outcome;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Contribution;
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
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Vehicle;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hand-built families at the edges of the rules, where a column-wise copy would most easily go wrong: the batch
 * evaluator must give each the family evaluator's category, level, features and answers.
 */
class BatchEdgeFamiliesTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 1);
    private static final ParameterBook BOOK = InMemoryCountryBatchEqualityTest.BOOK;

    @Test
    @DisplayName("Edge families get the same answers from the batch as from the family evaluator")
    void edgeFamiliesAgree() {
        List<Family> families = edgeFamilies();
        var c = InMemoryCountryBatchEqualityTest.compare(families, ON, BOOK);
        assertThat(c.differences).isEmpty();
    }

    @Test
    @DisplayName("A poor family with 2 dwellings and 2 vehicles is in category 6 and refused АСП (local budget) in both")
    void categorySixIsRefusedAssistance() {
        Family rich = family("rich", "KZ-75", List.of(adult("r1", 1985, Sex.MALE, Relation.HEAD),
                        adult("r2", 1987, Sex.FEMALE, Relation.SPOUSE), child("r3", LocalDate.of(2022, 3, 1), "r2", 1)),
                List.of(), new Assets(List.of(dwelling("r1", "80.00"), dwelling("r2", "45.50")),
                        List.of(car("r1", 2020), car("r2", 2012)), List.of(), List.of()));
        Family same = new Family("poor", rich.region(), rich.district(), rich.locality(), rich.members(),
                rich.incomes(), rich.loans(), null, null);
        BatchResult r = batch(List.of(rich, same));
        int asp = r.measureIndex("targeted-social-assistance");
        assertThat(r.category(0)).isEqualTo((byte) 6);
        assertThat(r.outcome(asp, 0)).isEqualTo(Outcome.REFUSED);
        assertThat(r.outcome(asp, 1)).as("the same family without the assets").isEqualTo(Outcome.ENTITLED);
        assertThat(InMemoryCountryBatchEqualityTest.compare(List.of(rich, same), ON, BOOK).differences).isEmpty();
    }

    @Test
    @DisplayName("Without the regional figures the poverty line is unknown: АСП undetermined in both")
    void unknownFigureLeavesAssistanceUndetermined() {
        List<Family> families = edgeFamilies();
        var c = InMemoryCountryBatchEqualityTest.compare(families, ON, ParameterBook.standard());
        assertThat(c.differences).isEmpty();
        BatchResult r = BatchEvaluator.compile(ParameterBook.standard(), ON).evaluate(population(families), 1);
        assertThat(r.count(r.measureIndex("targeted-social-assistance"), Outcome.UNDETERMINED)).isPositive();
    }

    @Test
    @DisplayName("Twins under one both get the birth allowance, summed for the family")
    void twinsAreTwoBeneficiaries() {
        BatchResult r = batch(edgeFamilies());
        int birth = r.measureIndex("birth-allowance");
        assertThat(r.outcome(birth, 0)).isEqualTo(Outcome.ENTITLED);
        assertThat(r.amount(birth, 0)).isGreaterThan(0).isEven();
    }

    private static BatchResult batch(List<Family> families) {
        return BatchEvaluator.compile(BOOK, ON).evaluate(population(families), 1);
    }

    private static Population population(List<Family> families) {
        PopulationBuilder b = new PopulationBuilder();
        families.forEach(b::add);
        return b.build();
    }

    static List<Family> edgeFamilies() {
        List<Family> out = new ArrayList<>();
        // Twins of 3 months, orders 2 and 3; the mother insured with contributions, on maternity leave.
        LocalDate twins = ON.minusMonths(3);
        Member mother = new Member("t2", null, LocalDate.of(1994, 6, 1), Sex.FEMALE, Relation.SPOUSE, null, null,
                null, null, insured(twins, 24, 250_000), null, null, new Employment(true, null, null),
                new Maternity(twins.minusDays(70), 140), false, List.of());
        out.add(family("twins", "KZ-71", List.of(adult("t1", 1990, Sex.MALE, Relation.HEAD), mother,
                child("t3", LocalDate.of(2020, 1, 10), "t2", 1), child("t4", twins, "t2", 2),
                child("t5", twins, "t2", 3)), List.of(), Assets.NONE));
        // A child turning 1.5 on the day, one turning 1, one turning 6 (the АСП supplement's edge), a poor family.
        out.add(family("ages", "KZ-55", List.of(adult("a1", 1996, Sex.FEMALE, Relation.HEAD),
                child("a2", ON.minusMonths(18), "a1", 3), child("a3", ON.minusYears(1), "a1", 4),
                child("a4", ON.minusYears(6), "a1", 2), child("a5", ON.minusYears(7), "a1", 1)),
                List.of(new Income("a1", YearMonth.of(2026, 8), IncomeType.WAGE, 90_000)), Assets.NONE));
        // Livestock counted twice (the later count holds), land in fractions of a hectare, a loan with a payment,
        // an area finer than ten-thousandths of a square metre (measured object-wise).
        Family farm = family("farm", "KZ-61", List.of(adult("f1", 1970, Sex.MALE, Relation.HEAD),
                adult("f2", 1972, Sex.FEMALE, Relation.SPOUSE), adult("f3", 2006, Sex.MALE, Relation.CHILD)),
                List.of(new Income("f1", YearMonth.of(2026, 7), IncomeType.OTHER, 150_000)),
                new Assets(List.of(dwelling("f1", "120.123456")), List.of(),
                        List.of(new LandPlot("f1", new BigDecimal("0.1575"), LandPlot.Purpose.HOUSEHOLD,
                                LocalDate.of(2010, 1, 1), null)),
                        List.of(new Livestock("f1", Livestock.Species.CATTLE, 4, LocalDate.of(2026, 1, 1)),
                                new Livestock("f1", Livestock.Species.CATTLE, 6, LocalDate.of(2026, 7, 1)),
                                new Livestock("f1", Livestock.Species.SHEEP, 20, LocalDate.of(2026, 7, 1)),
                                new Livestock("f2", Livestock.Species.POULTRY, 30, LocalDate.of(2026, 7, 1)))));
        out.add(new Family(farm.id(), farm.region(), farm.district(), farm.locality(), farm.members(), farm.incomes(),
                List.of(new Loan("f2", LoanKind.MORTGAGE, LocalDate.of(2020, 1, 1), null, 60_000L)),
                null, null, farm.assets()));
        // Not a region: АСП cannot be determined, the category may be.
        out.add(family("nowhere", "XX", List.of(adult("n1", 1980, Sex.MALE, Relation.HEAD)), List.of(),
                Assets.NONE));
        // A non-resident head: refused where residence counts.
        out.add(family("visitor", "KZ-75", List.of(new Member("v1", null, LocalDate.of(1988, 2, 2), Sex.FEMALE,
                Relation.HEAD, ResidenceStatus.NON_RESIDENT, null, null, null, null, null, null, null, null, false,
                List.of()), child("v2", ON.minusMonths(5), "v1", 1)), List.of(), Assets.NONE));
        return out;
    }

    private static Family family(String id, String region, List<Member> members, List<Income> incomes,
                                 Assets assets) {
        return new Family(id, region, null, Locality.URBAN, members, incomes, List.of(), null, null, assets);
    }

    private static Member adult(String id, int year, Sex sex, Relation relation) {
        return new Member(id, null, LocalDate.of(year, 4, 15), sex, relation, null, null, null, null, null, null,
                null, new Employment(false, null, null), null, false, List.of());
    }

    private static Member child(String id, LocalDate born, String mother, int order) {
        return new Member(id, null, born, Sex.MALE, Relation.CHILD, null, mother, order, null, null, null, null, null,
                null, false, List.of());
    }

    private static SocialInsurance insured(LocalDate until, int months, long income) {
        List<Contribution> contributions = new ArrayList<>();
        YearMonth last = YearMonth.from(until).minusMonths(1);
        for (int i = 0; i < months; i++) {
            contributions.add(new Contribution(last.minusMonths(i), income));
        }
        return new SocialInsurance(null, contributions);
    }

    private static RealEstate dwelling(String member, String area) {
        return new RealEstate(member, RealEstate.Kind.DWELLING, new BigDecimal(area), LocalDate.of(2015, 1, 1), null);
    }

    private static Vehicle car(String member, int made) {
        return new Vehicle(member, Vehicle.Kind.CAR, made, LocalDate.of(made, 6, 1), null);
    }
}
