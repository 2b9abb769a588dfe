package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BirthAllowanceTest {

    private final BirthAllowance measure = new BirthAllowance();

    private Decision ask(LocalDate day, int order) {
        Inputs inputs = Inputs.parse(measure.id(), measure.inputs(), Map.of("child-order", String.valueOf(order)));
        return measure.calculate(inputs, ParameterBook.standard().on(day), true);
    }

    private long amount(LocalDate day, int order) {
        return ((Entitlement) ask(day, order)).amount();
    }

    @ParameterizedTest(name = "child {0} born {1}: {2} ₸")
    @DisplayName("2017 amounts of seed 002: fixed 71 270 / 118 783 ₸ to 30 June, 38 / 63 МРП × 2 269 from 1 July")
    @CsvSource({
            "1, 2017-06-30, 71270",
            "3, 2017-06-30, 71270",
            "4, 2017-06-30, 118783",
            "1, 2017-07-01, 86222",
            "3, 2017-07-01, 86222",
            "4, 2017-07-01, 142947",
            "7, 2017-07-01, 142947"})
    void birth_allowance_2017_as_published_in_seed_002(int order, LocalDate day, long expected) {
        assertThat(amount(day, order)).isEqualTo(expected);
    }

    @Test
    void first_to_third_child_2025_is_149_416_and_fourth_247_716_as_published_seed_000() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        assertThat(amount(day, 1)).isEqualTo(149_416);
        assertThat(amount(day, 2)).isEqualTo(149_416);
        assertThat(amount(day, 3)).isEqualTo(149_416);
        assertThat(amount(day, 4)).isEqualTo(247_716);
    }

    @Test
    void birth_allowance_follows_the_benefit_mrp_of_1_april_2022_3_063_to_3_180() {
        assertThat(amount(LocalDate.of(2022, 3, 31), 1)).isEqualTo(38 * 3063);
        assertThat(amount(LocalDate.of(2022, 4, 1), 1)).isEqualTo(38 * 3180);
    }

    @Test
    void birth_allowance_is_one_time_on_the_day_of_the_right() {
        Entitlement e = (Entitlement) ask(LocalDate.of(2025, 5, 1), 2);
        assertThat(e.payment()).isEqualTo(Payment.ONE_TIME);
        assertThat(e.from()).isEqualTo(e.to()).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
