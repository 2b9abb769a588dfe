package kz.shanyraq.law.labour;

import kz.shanyraq.law.family.Iin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinTest {

    @Test
    void a_bin_with_the_check_digit_of_the_iin_algorithm_is_valid() {
        // registered January 2001, resident legal entity (4), head office (0), serial 00055, check digit
        String bin = Bin.complete("0101400005");
        assertThat(Bin.problem(bin)).isNull();
        assertThat(bin.charAt(11) - '0').isEqualTo(Iin.checkDigit(bin));
    }

    @Test
    void a_wrong_check_digit_is_refused_and_names_the_expected_one() {
        String bin = Bin.complete("0101400005");
        char wrong = (char) ('0' + (bin.charAt(11) - '0' + 1) % 10);
        assertThat(Bin.problem(bin.substring(0, 11) + wrong)).startsWith("BIN check digit is wrong (expected " + bin.charAt(11));
    }

    @Test
    void eleven_digits_letters_and_nothing_are_not_a_bin() {
        assertThat(Bin.problem("01014000055")).isEqualTo("BIN must be exactly 12 digits");
        assertThat(Bin.problem("01014000055A")).isEqualTo("BIN must be exactly 12 digits");
        assertThat(Bin.problem(null)).isEqualTo("BIN must be exactly 12 digits");
    }

    @Test
    void the_registration_month_the_entity_type_and_the_attribute_are_checked() {
        assertThat(Bin.problem(Bin.complete("0113400005"))).contains("registration year and month");
        assertThat(Bin.problem(Bin.complete("0101300005"))).contains("entity type");
        assertThat(Bin.problem(Bin.complete("0101440005"))).contains("6th digit");
    }

    @Test
    void branches_representative_offices_peasant_farms_and_non_residents_are_valid() {
        assertThat(Bin.isValid(Bin.complete("2203410012"))).isTrue();
        assertThat(Bin.isValid(Bin.complete("2203520012"))).isTrue();
        assertThat(Bin.isValid(Bin.complete("2203630012"))).isTrue();
    }

    @Test
    void the_constructor_refuses_an_invalid_bin() {
        assertThatThrownBy(() -> new Bin("000000000000")).isInstanceOf(IllegalArgumentException.class);
    }
}
