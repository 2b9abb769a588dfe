package kz.shanyraq.law.asof;

import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.ResidenceStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EmploymentOnDateTest {

    private static final LocalDate ON = LocalDate.of(2026, 10, 15);

    private static int month(int year, int month) {
        return IncomeOfPeriod.monthIndex(LocalDate.of(year, month, 1));
    }

    @Test
    void aContractRunningOnTheDayMakesThePersonEmployed() {
        EmploymentOnDate rule = new EmploymentOnDate(ON);
        rule.contract(LocalDate.of(2020, 1, 1), ON);
        assertThat(rule.employment()).isEqualTo(new Employment(true, null, null));
    }

    @Test
    void theJobWasLostOnTheLatestEndOfAContractBeforeTheDay() {
        EmploymentOnDate rule = new EmploymentOnDate(ON);
        rule.contract(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 6, 30));
        rule.contract(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 8, 31));
        rule.contract(LocalDate.of(2026, 11, 1), null); // starts after the day: not yet
        rule.registration(LocalDate.of(2026, 9, 3), null);
        assertThat(rule.employment()).isEqualTo(new Employment(false, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 3)));
    }

    @Test
    void entrepreneurialIncomeOfTheMonthOrTheMonthBeforeMeansSelfEmployed() {
        EmploymentOnDate before = new EmploymentOnDate(ON);
        before.income(month(2026, 9), true, 150_000);
        assertThat(before.employed()).isTrue();

        EmploymentOnDate twoMonthsBack = new EmploymentOnDate(ON);
        twoMonthsBack.income(month(2026, 8), true, 150_000);
        twoMonthsBack.income(month(2026, 10), true, 0);
        twoMonthsBack.income(month(2026, 10), false, 300_000);
        assertThat(twoMonthsBack.employed()).isFalse();
    }

    @Test
    void aRegistrationEndedBeforeTheDayNoLongerCounts() {
        EmploymentOnDate rule = new EmploymentOnDate(ON);
        rule.registration(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1));
        assertThat(rule.registeredOn()).isEqualTo(InForceOnDate.NONE);
        assertThat(rule.reset().employment()).isEqualTo(new Employment(false, null, null));
    }

    @Test
    void aDatedRowIsInForceFromItsFirstToItsLastDayInclusive() {
        assertThat(InForceOnDate.holds(LocalDate.of(2026, 1, 1), ON, ON)).isTrue();
        assertThat(InForceOnDate.holds(LocalDate.of(2026, 1, 1), ON.minusDays(1), ON)).isFalse();
        assertThat(InForceOnDate.holds(ON.plusDays(1), null, ON)).isFalse();
        assertThat(InForceOnDate.sql("d", ":on"))
                .isEqualTo("d.valid_from <= :on and (d.valid_to is null or d.valid_to >= :on)");
    }

    @Test
    void theIncomeOfAPeriodIsTheWholeMonthsBeforeTheMonthOfTheDay() {
        IncomeOfPeriod sixMonths = new IncomeOfPeriod(ON, 6);
        assertThat(sixMonths.counts(month(2026, 4))).isTrue();
        assertThat(sixMonths.counts(month(2026, 3))).isFalse();
        assertThat(sixMonths.counts(month(2026, 10))).isFalse();
        assertThat(sixMonths.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void registryCodesAreTheLawsEnumsSpelledWithHyphens() {
        assertThat(RegistryCodes.parse(ResidenceStatus.class, "resident-foreigner"))
                .isEqualTo(ResidenceStatus.RESIDENT_FOREIGNER);
        assertThat(RegistryCodes.parse(IncomeType.class, "no-such-income")).isNull();
        assertThat(RegistryCodes.code(IncomeType.ENTREPRENEURIAL)).isEqualTo("entrepreneurial");
    }
}
