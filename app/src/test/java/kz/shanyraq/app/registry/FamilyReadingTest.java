package kz.shanyraq.app.registry;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Iin;
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
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.law.family.Vehicle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry read as of a date into the law's family document: one fixture family whose facts start and end
 * around the dates asked, so each rule of "as of the date" is seen to hold.
 */
class FamilyReadingTest extends ServerTest {

    static final LocalDate AUTUMN_2024 = LocalDate.of(2024, 10, 15);
    static final long FAMILY = 901;
    static final long MOTHER = 90101, FATHER = 90102, BABY = 90103, SON = 90104, GRANDFATHER = 90105;
    static final long OUTSIDER = 90199;
    static final long GAPS_FAMILY = 902, NO_STATUS = 90201;

    private static boolean loaded;

    @Autowired
    FamilyRegistry registry;

    @BeforeEach
    void fixture() {
        if (loaded) {
            return;
        }
        loaded = true;
        person(MOTHER, "1990-03-15", 'F', null, null);
        person(FATHER, "1988-05-05", 'M', null, null);
        person(BABY, "2024-02-10", 'F', MOTHER, 3);
        person(SON, "2010-01-01", 'M', MOTHER, 1);
        person(GRANDFATHER, "1950-07-07", 'M', null, null);
        person(OUTSIDER, "1949-01-01", 'F', null, null);
        sql("update person set death_date = '2024-05-01' where id = " + GRANDFATHER);
        sql("insert into family values (901, '2019-01-01')");
        sql("""
                insert into family_address values
                  (901, 'KZ-59', 'KZ-59-01', 'urban', '2019-01-01', '2024-06-30'),
                  (901, 'KZ-59', 'KZ-59-02', 'rural', '2024-07-01', null)""");
        sql("""
                insert into family_member values
                  (901, 90101, 'head', '2019-01-01', null),
                  (901, 90102, 'spouse', '2019-01-01', '2024-12-31'),
                  (901, 90103, 'child', '2024-02-10', null),
                  (901, 90104, 'child', '2019-01-01', null),
                  (901, 90105, 'parent', '2019-01-01', null)""");
        sql("""
                insert into person_status values
                  (90101, 'kandas', '2019-01-01', '2022-12-31'), (90101, 'citizen', '2023-01-01', null),
                  (90102, 'citizen', '1988-05-05', null), (90103, 'citizen', '2024-02-10', null),
                  (90104, 'citizen', '2010-01-01', null), (90105, 'citizen', '1950-07-07', null)""");
        sql("""
                insert into disability values
                  (90101, 2, 'general-illness', 50, '2024-04-01', null),
                  (90104, null, 'childhood', null, '2015-01-01', '2024-03-31')""");
        sql("""
                insert into study values
                  (90101, false, '2024-01-01', null), (90104, true, '2023-09-01', '2027-06-30')""");
        sql("insert into long_illness values (90102, '2024-03-01', '2024-06-30')");
        sql("insert into care_duty values (90101, 90103, '2024-02-10', null), (90101, 90199, '2020-01-01', null)");
        sql("insert into award values (90101, 'kumis-alka', '2020-05-01'), (90101, 'altyn-alka', '2025-03-01')");
        sql("insert into maternity_leave values (90101, '2023-12-02', 126), (90101, '2025-05-01', 140)");
        sql("""
                insert into loan values
                  (90101, 90102, 'mortgage', 12000000, '2020-01-01', '2024-12-31'),
                  (90102, 90102, 'consumer', 300000, '2025-01-10', null),
                  (90103, 90101, 'microcredit', 150000, '2021-01-01', '2023-01-01')""");
        sql("""
                insert into income (person_id, month, type, source, amount)
                select 90102, m::date, 'wage', 'tax', 200000
                  from generate_series('2022-09-01'::date, '2024-12-01'::date, interval '1 month') m""");
        sql("insert into income values (90101, '2024-08-01', 'lottery-jackpot', 'tax', 5000)");
        sql("insert into income values (90101, '2024-09-01', 'entrepreneurial', 'tax', 150000)");
        sql("""
                insert into social_contribution (person_id, month, income)
                select 90102, m::date, 200000
                  from generate_series('2023-01-01'::date, '2024-12-01'::date, interval '1 month') m""");
        sql("""
                insert into social_contribution (person_id, month, income)
                select 90105, m::date, 90000
                  from generate_series('2023-01-01'::date, '2024-04-01'::date, interval '1 month') m""");
        sql("insert into insurance_participation values (90102, '2024-06-01', 60), (90102, '2025-01-01', 67)");
        sql("insert into employment_contract values (90101, 90102, '010140005555', '2018-01-01', '2024-08-31', 'redundancy')");
        sql("insert into unemployment_registration values (90102, '2024-09-05', null)");
        sql("insert into resettlement values (901, 'kandas', true, null, '2019-01-10', 20)");
        sql("insert into person_relation values (90104, 90105, 'guardian', '2019-01-01', null)");
        sql("insert into breadwinner_loss values (901, 90105, '2024-05-01', false)");
        sql("""
                insert into real_estate values
                  (90101, 90101, 'dwelling', 'KZ-59', 64.5, '2019-01-01', null),
                  (90102, 90102, 'dwelling', 'KZ-59', 40.0, '2015-01-01', '2024-10-15'),
                  (90103, 90102, 'commercial', 'KZ-59', 120.0, '2025-01-01', null)""");
        sql("insert into vehicle values (90101, 90102, 'car', 2012, '2018-01-01', '2024-10-14')");
        sql("insert into land_plot values (90101, 90101, 0.12, 'household', '2010-01-01', null)");
        sql("""
                insert into livestock values
                  (90101, 'cattle', 3, '2024-01-01'), (90101, 'cattle', 5, '2024-10-01'),
                  (90101, 'sheep', 20, '2024-11-01'), (90199, 'horse', 2, '2024-01-01')""");

        person(NO_STATUS, "1995-02-02", 'M', null, null);
        sql("delete from person_status where person_id = " + NO_STATUS);
        sql("insert into family values (902, '2020-01-01')");
        sql("insert into family_member values (902, 90201, 'head', '2020-01-01', null)");
    }

    private Family familyOn(String day) {
        return registry.family(FAMILY, LocalDate.parse(day)).orElseThrow().family();
    }

    private Member member(Family f, long id) {
        return f.member(Long.toString(id)).orElseThrow();
    }

    @Test
    void membersAreThoseWhoseMembershipContainsTheDateBornAndAlive() {
        assertThat(familyOn("2024-10-15").members()).extracting(Member::id)
                .containsExactly("90101", "90102", "90104", "90103");
        assertThat(familyOn("2025-01-15").members()).extracting(Member::id)
                .as("the father left the family at the end of 2024").containsExactly("90101", "90104", "90103");
        assertThat(familyOn("2024-01-01").members()).extracting(Member::id)
                .as("before the baby's birth and the grandfather's death").containsExactly("90101", "90102", "90104", "90105");
        assertThat(member(familyOn("2024-10-15"), FATHER).relation()).isEqualTo(Relation.SPOUSE);
    }

    @Test
    void theAddressIsTheOneInForceOnTheDate() {
        Family june = familyOn("2024-06-30");
        assertThat(june.region()).isEqualTo("KZ-59");
        assertThat(june.district()).isEqualTo("KZ-59-01");
        assertThat(june.locality()).isEqualTo(Locality.URBAN);
        Family july = familyOn("2024-07-01");
        assertThat(july.district()).isEqualTo("KZ-59-02");
        assertThat(july.locality()).isEqualTo(Locality.RURAL);
        assertThat(registry.responsibleTerritory(FAMILY, LocalDate.of(2026, 1, 1)))
                .contains(new Territory("KZ-59", "KZ-59-02"));
    }

    @Test
    void statusIsTheOneInForceOnTheDate() {
        assertThat(member(familyOn("2022-06-01"), MOTHER).status()).isEqualTo(ResidenceStatus.KANDAS);
        assertThat(member(familyOn("2024-10-15"), MOTHER).status()).isEqualTo(ResidenceStatus.CITIZEN);
    }

    @Test
    void disabilityIsGivenOnlyWhileItLasts() {
        assertThat(member(familyOn("2024-10-15"), MOTHER).disability())
                .isEqualTo(new Disability(2, DisabilityCause.GENERAL_ILLNESS, LocalDate.of(2024, 4, 1), null, 50));
        assertThat(member(familyOn("2024-10-15"), SON).disability()).as("ended on 2024-03-31").isNull();
        assertThat(member(familyOn("2024-03-01"), SON).disability()).isEqualTo(new Disability(null,
                DisabilityCause.CHILDHOOD, LocalDate.of(2015, 1, 1), LocalDate.of(2024, 3, 31), null));
    }

    @Test
    void onlyFullTimeStudyCounts() {
        Family f = familyOn("2024-10-15");
        assertThat(member(f, MOTHER).study()).as("part-time").isNull();
        assertThat(member(f, SON).study()).isEqualTo(new Study(LocalDate.of(2023, 9, 1), LocalDate.of(2027, 6, 30)));
    }

    @Test
    void longIllnessAndCareDutiesAreThoseInForceAndWithinTheFamily() {
        assertThat(member(familyOn("2024-05-01"), FATHER).longIllness()).isTrue();
        assertThat(member(familyOn("2024-10-15"), FATHER).longIllness()).isFalse();
        assertThat(member(familyOn("2024-10-15"), MOTHER).caresFor()).as("the outsider is not a member")
                .containsExactly("90103");
    }

    @Test
    void awardsAndMaternityAreThoseThatHappenedByTheDate() {
        Member mother = member(familyOn("2024-10-15"), MOTHER);
        assertThat(mother.awards()).extracting(a -> a.kind()).containsExactly(AwardKind.KUMIS_ALKA);
        assertThat(mother.maternity()).isEqualTo(new Maternity(LocalDate.of(2023, 12, 2), 126));
        assertThat(member(familyOn("2025-06-01"), MOTHER).awards()).hasSize(2);
    }

    @Test
    void aChildKnowsItsMotherAndBirthOrder() {
        Member baby = member(familyOn("2024-10-15"), BABY);
        assertThat(baby.motherId()).isEqualTo("90101");
        assertThat(baby.birthOrder()).isEqualTo(3);
    }

    @Test
    void propertyIsWhatMembersHoldOnTheDateAndTheLastDayHeldStillCounts() {
        Assets assets = familyOn("2024-10-15").assets();
        assertThat(assets.realEstate()).containsExactly(
                new RealEstate("90101", RealEstate.Kind.DWELLING, new BigDecimal("64.50"), LocalDate.of(2019, 1, 1), null),
                new RealEstate("90102", RealEstate.Kind.DWELLING, new BigDecimal("40.00"), LocalDate.of(2015, 1, 1),
                        LocalDate.of(2024, 10, 16)));
        assertThat(assets.realEstate()).allMatch(r -> r.heldOn(AUTUMN_2024));
        assertThat(assets.vehicles()).as("sold the day before").isEmpty();
        assertThat(familyOn("2024-10-14").assets().vehicles()).extracting(Vehicle::madeYear).containsExactly(2012);
        assertThat(assets.landPlots()).extracting(LandPlot::hectares).containsExactly(new BigDecimal("0.1200"));
        assertThat(assets.livestock()).as("the latest count by the date; an outsider's herd is not the family's")
                .containsExactly(new Livestock("90101", Livestock.Species.CATTLE, 5, LocalDate.of(2024, 10, 1)));
    }

    @Test
    void loansOpenedByTheDateAreOutstandingUntilTheyCloseAndNotAfter() {
        assertThat(familyOn("2024-10-15").loans()).containsExactly(
                new Loan("90101", LoanKind.MICROCREDIT, LocalDate.of(2021, 1, 1), LocalDate.of(2023, 1, 1)),
                new Loan("90102", LoanKind.MORTGAGE, LocalDate.of(2020, 1, 1), null));
        Loan mortgage = familyOn("2024-10-15").loans().get(1);
        assertThat(mortgage.outstandingOn(AUTUMN_2024)).as("closed only later, on 2024-12-31").isTrue();
    }

    @Test
    void incomesAreTheWholeMonthsBeforeTheMonthOfTheDate() {
        Family f = familyOn("2024-10-15");
        var wages = f.incomes().stream().filter(i -> i.memberId().equals("90102")).toList();
        assertThat(wages).hasSize(24);
        assertThat(wages).extracting(Income::month).contains(YearMonth.of(2022, 10), YearMonth.of(2024, 9))
                .doesNotContain(YearMonth.of(2022, 9), YearMonth.of(2024, 10));
    }

    @Test
    void anIncomeTypeTheLawDoesNotKnowCountsAsOtherAndIsShownAsAGap() {
        FamilyRecord r = registry.family(FAMILY, AUTUMN_2024).orElseThrow();
        assertThat(r.family().incomes()).contains(new Income("90101", YearMonth.of(2024, 8), IncomeType.OTHER, 5000));
        assertThat(r.gaps()).contains(new DataGap("unknown-income-type", "90101", "lottery-jackpot"));
    }

    @Test
    void socialInsuranceHasTheMonthsBeforeTheDateAndTheLastReportedParticipation() {
        var insurance = member(familyOn("2024-10-15"), FATHER).socialInsurance();
        assertThat(insurance.participation()).isEqualTo(60);
        assertThat(insurance.contributions()).hasSize(21);
        assertThat(insurance.contributions().get(20).month()).isEqualTo(YearMonth.of(2024, 9));
    }

    @Test
    void employmentShowsAJobLostAndARegistrationAtTheCareerCentre() {
        Family f = familyOn("2024-10-15");
        assertThat(member(f, FATHER).employment())
                .isEqualTo(new Employment(false, LocalDate.of(2024, 8, 31), LocalDate.of(2024, 9, 5)));
        assertThat(member(familyOn("2024-08-31"), FATHER).employment().employed()).as("last working day").isTrue();
        assertThat(member(f, MOTHER).employment().employed()).as("entrepreneurial income last month").isTrue();
        assertThat(member(f, SON).employment()).isEqualTo(new Employment(false, null, null));
    }

    @Test
    void resettlementAndBreadwinnerLossAreThoseThatHappenedByTheDate() {
        Family f = familyOn("2024-10-15");
        assertThat(f.resettlement().kind()).isEqualTo(ResettlerKind.KANDAS);
        assertThat(f.resettlement().inRegionalQuota()).isTrue();
        assertThat(f.resettlement().rentSubsidyRateMrp()).isEqualTo(20);
        var loss = f.breadwinnerLoss();
        assertThat(loss.diedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(loss.deceasedIin()).isEqualTo(iinOf(GRANDFATHER));
        assertThat(loss.dependants()).containsExactly("90104");
        assertThat(loss.deceasedInsurance().contributions()).hasSize(16);
        assertThat(familyOn("2024-04-30").breadwinnerLoss()).isNull();
    }

    @Test
    void factsOverTimeShowWhatBeganByTheDateAndWhetherItHoldsOnIt() {
        FamilyRecord r = registry.family(FAMILY, AUTUMN_2024).orElseThrow();
        assertThat(r.facts()).filteredOn(f -> f.kind().equals("disability") && "90104".equals(f.memberId()))
                .singleElement().satisfies(f -> assertThat(f.inForce()).isFalse());
        assertThat(r.facts()).filteredOn(f -> f.kind().equals("award"))
                .as("the 2025 award had not happened yet").hasSize(1);
        assertThat(r.facts()).filteredOn(f -> f.kind().equals("loan") && "mortgage".equals(f.details().get("kind")))
                .singleElement().satisfies(f -> assertThat(f.to()).as("closed after the date").isNull());
    }

    @Test
    void whatTheRegistryLacksIsReportedNotHidden() {
        FamilyRecord r = registry.family(GAPS_FAMILY, AUTUMN_2024).orElseThrow();
        assertThat(r.gaps()).contains(new DataGap("no-address", null, null), new DataGap("no-status", "90201", null));
        assertThat(r.territory()).isNull();
        assertThat(r.family().members().get(0).status()).as("the law's reading of a missing status")
                .isEqualTo(ResidenceStatus.CITIZEN);
    }

    @Test
    void anUnknownFamilyIsEmpty() {
        assertThat(registry.family(999_999, AUTUMN_2024)).isEmpty();
    }

    private void person(long id, String birth, char sex, Long mother, Integer order) {
        LocalDate b = LocalDate.parse(birth);
        jdbc.sql("insert into person (id, iin, birth_date, sex, mother_id, birth_order) values (:id, :iin, :b, :s, :m, :o)")
                .param("id", id).param("iin", iin(b, sex, (int) (id % 10000))).param("b", b)
                .param("s", String.valueOf(sex)).param("m", mother).param("o", order).update();
    }

    static String iin(LocalDate birth, char sex, int serial) {
        int century = (birth.getYear() >= 2000 ? 5 : 3) + (sex == 'F' ? 1 : 0);
        for (int s = serial; ; s++) {
            String first = String.format("%02d%02d%02d%d%04d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), century, s % 10000);
            int check = Iin.checkDigit(first);
            if (check < 10) {
                return first + check;
            }
        }
    }

    private void sql(String sql) {
        jdbc.sql(sql).update();
    }
}
