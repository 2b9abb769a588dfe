package kz.shanyraq.law.labour;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectorHazardTest {

    @Test
    void mining_metallurgy_and_construction_are_the_most_hazardous_sectors_trade_the_least() {
        SectorHazard h = SectorHazard.reference();
        assertThat(h.classOf("0510")).isEqualTo(5);
        assertThat(h.classOf("24")).isEqualTo(5);
        assertThat(h.classOf("41201")).isEqualTo(5);
        assertThat(h.classOf("4711")).isEqualTo(1);
        assertThat(h.classOf("86")).isEqualTo(2);
    }
}
