package kz.shanyraq.law.batch;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdCodesTest {

    @Test
    @DisplayName("A registry's numeric id is coded with its count of decimal digits, at every power of ten and either side")
    void numericIdsKeepTheirDecimalLength() {
        assertThat(PopulationBuilder.decimalLength(0)).isEqualTo(1);
        long power = 1;
        for (int digits = 1; digits <= 18; digits++) {
            assertThat(PopulationBuilder.decimalLength(power)).as("10^%d", digits - 1).isEqualTo(digits);
            assertThat(PopulationBuilder.decimalLength(power * 10 - 1)).as("10^%d - 1", digits).isEqualTo(digits);
            if (power > 1) {
                assertThat(PopulationBuilder.decimalLength(power - 1)).as("10^%d - 1", digits - 1).isEqualTo(digits - 1);
            }
            power *= 10;
        }
        assertThat(PopulationBuilder.decimalLength(Long.MAX_VALUE)).isEqualTo(19);
        for (long v = 0; v < 100_000; v++) {
            assertThat(PopulationBuilder.decimalLength(v)).isEqualTo(Long.toString(v).length());
        }
        assertThat(PopulationBuilder.number(20_092_141L)).isEqualTo(20_092_141L * 32 + 8);
    }

    @Test
    @DisplayName("An IIN with leading zeros keeps them; a number longer than its stated length is refused")
    void digitsRefuseANumberLongerThanItsLength() {
        assertThat(PopulationBuilder.digits(12_345L, 12)).isEqualTo(12_345L * 32 + 12);
        assertThatThrownBy(() -> PopulationBuilder.digits(100, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id: 100");
    }

    @Test
    @DisplayName("A family's registry id comes back as a number; an id with leading zeros or letters has no number")
    void familyNumberIsTheRegistrysNumericId() {
        PopulationBuilder b = new PopulationBuilder();
        b.family(PopulationBuilder.number(6_344_471L), -1, -1, -1).endFamily();
        b.family(PopulationBuilder.number(0L), -1, -1, -1).endFamily();
        b.family(PopulationBuilder.digits(42L, 4), -1, -1, -1).endFamily();
        b.family(b.text("F-17"), -1, -1, -1).endFamily();
        Population p = b.build();
        assertThat(p.familyNumber(0)).isEqualTo(6_344_471L);
        assertThat(p.familyNumber(1)).isZero();
        assertThat(p.familyNumber(2)).as("0042").isEqualTo(-1);
        assertThat(p.familyId(2)).isEqualTo("0042");
        assertThat(p.familyNumber(3)).isEqualTo(-1);
    }
}
