package kz.shanyraq.law.labour;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference degree of risk for the preventive-control list (Entrepreneurial Code art. 141, 143; order No. 12656). */
class PreventiveControlTest {

    private static final PreventiveControl CONTROL = PreventiveControl.reference();
    private static final EnterpriseFacts CONSTRUCTION = EnterpriseFacts.quiet(200, 300_000, 5);

    @Test
    void one_gross_violation_sets_the_degree_to_100_order_12656() {
        PreventiveControl.Assessment a = CONTROL.assess(CONSTRUCTION.withInspectionRecord(1, 1, 0));
        assertThat(a.degree()).isEqualTo(100);
        assertThat(a.band()).isEqualTo("high");
        assertThat(a.listed()).isTrue();
        assertThat(a.reasons()).extracting(PreventiveControl.Reason::code).contains("gross-violation");
    }

    @Test
    void significant_signals_weigh_14_minor_6_and_60_is_the_high_band_edge() {
        // no ОСНС (14) + overdue prescription (14) + 3 violations (18) + ... = 46: medium, not listed
        PreventiveControl.Assessment medium = CONTROL.assess(CONSTRUCTION.withAccidentInsurance(false).withInspectionRecord(0, 3, 1));
        assertThat(medium.degree()).isEqualTo(46);
        assertThat(medium.band()).isEqualTo("medium");
        assertThat(medium.listed()).isFalse();
        // + wage arrears (14) = 60: high, listed
        PreventiveControl.Assessment high = CONTROL.assess(CONSTRUCTION.withAccidentInsurance(false)
                .withInspectionRecord(0, 3, 1).withWageArrears(100_000, 2, 1));
        assertThat(high.degree()).isEqualTo(60);
        assertThat(high.listed()).isTrue();
    }

    @Test
    void the_objective_criterion_keeps_a_low_hazard_shop_off_the_list_whatever_its_record() {
        PreventiveControl.Assessment shop = CONTROL.assess(EnterpriseFacts.quiet(5, 150_000, 1).withInspectionRecord(1, 1, 0));
        assertThat(shop.degree()).isEqualTo(100);
        assertThat(shop.objective()).isFalse();
        assertThat(shop.listed()).isFalse();
    }
}
