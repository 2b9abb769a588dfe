package kz.shanyraq.app.employment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The economic-mobility certificate (seed 001; employment.mobility-certificate.*): 50 % of the cost of housing or of a
 * mortgage's first payment, at most 4.56 M ₸ per family, once, for a region of settlement and a participating
 * employer — decided by law.employment.MobilityCertificate.
 */
class MobilityCertificateTest extends EmploymentTestSupport {

    private MobilityCertificates.Certificate apply(String head, String region, boolean participating, long cost) {
        return certificates.apply(CONSULTANT, new MobilityCertificates.NewCertificate(head, region, BIN, participating,
                "purchase", cost, today(), null));
    }

    private long certificatesOf(String head) {
        return jdbc.sql("select count(*) from mobility_certificate where head_iin = :i").param("i", head)
                .query(Long.class).single();
    }

    @Test
    void half_the_cost_of_housing_is_granted_in_a_region_of_settlement_with_a_participating_employer() {
        MobilityCertificates.Certificate c = apply("710000000001", "KZ-59", true, 6_000_000);
        assertThat(c.amount()).isEqualTo(3_000_000);
        assertThat(c.norms()).isNotEmpty();
        assertThat(jdbc.sql("select amount from mobility_certificate where id = :id").param("id", c.id())
                .query(Long.class).single()).isEqualTo(3_000_000L);
    }

    @Test
    void the_certificate_is_at_most_4_56_million_tenge_per_family() {
        assertThat(apply("710000000002", "KZ-11", true, 20_000_000).amount()).isEqualTo(4_560_000);
    }

    @Test
    void a_second_application_of_the_family_is_refused_with_the_rule_once_and_the_refusal_is_recorded() {
        apply("710000000003", "KZ-59", true, 6_000_000);
        assertThatThrownBy(() -> apply("710000000003", "KZ-10", true, 8_000_000))
                .isInstanceOfSatisfying(EmploymentRefusedException.class, e -> {
                    assertThat(e.getMessage()).contains("once");
                    assertThat(e.norm()).isNotBlank();
                });
        assertThat(certificatesOf("710000000003")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from mobility_certificate_refusal where head_iin = '710000000003'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_region_outside_the_regions_of_settlement_or_an_employer_not_taking_part_is_refused() {
        assertThatThrownBy(() -> apply("710000000004", "KZ-61", true, 6_000_000))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("not a region of settlement"));
        assertThatThrownBy(() -> apply("710000000004", "KZ-59", false, 6_000_000))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("employer does not take part"));
        assertThat(certificatesOf("710000000004")).isZero();
    }

    @Test
    void bad_input_names_the_field_and_writes_nothing() {
        long before = jdbc.sql("select (select count(*) from mobility_certificate) + "
                + "(select count(*) from mobility_certificate_refusal)").query(Long.class).single();
        assertThatThrownBy(() -> apply("710000000005", "KZ-59", true, -5))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("housingCost"));
        assertThatThrownBy(() -> certificates.apply(CONSULTANT, new MobilityCertificates.NewCertificate("710000000005",
                "KZ-59", "12345", true, "purchase", 6_000_000L, today(), null)))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("employerBin"));
        assertThatThrownBy(() -> certificates.apply(CONSULTANT, new MobilityCertificates.NewCertificate("710000000005",
                "KZ-59", BIN, true, "yacht", 6_000_000L, today(), null)))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("purpose"));
        assertThatThrownBy(() -> certificates.apply(CONSULTANT, new MobilityCertificates.NewCertificate("710000000005",
                "KZ-99", BIN, true, "purchase", 6_000_000L, today(), null)))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("regionCode"));
        assertThatThrownBy(() -> certificates.apply(CONSULTANT, new MobilityCertificates.NewCertificate("710000000005",
                "KZ-59", BIN, null, "purchase", 6_000_000L, today(), null)))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("participatingEmployer"));
        assertThatThrownBy(() -> certificates.apply(CONSULTANT, new MobilityCertificates.NewCertificate("710000000005",
                "KZ-59", BIN, true, "purchase", 6_000_000L, today().plusDays(1), null)))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("appliedOn"));
        long after = jdbc.sql("select (select count(*) from mobility_certificate) + "
                + "(select count(*) from mobility_certificate_refusal)").query(Long.class).single();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void concurrent_applications_of_one_family_give_one_certificate() throws Exception {
        String head = "710000000006";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long cost = 5_000_000L + i * 100_000L;
            Callable<String> c = () -> {
                start.await();
                try {
                    apply(head, "KZ-59", true, cost);
                    return "granted";
                } catch (EmploymentRefusedException e) {
                    return e.getMessage().contains("once") ? "once" : e.getMessage();
                }
            };
            results.add(pool.submit(c));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("granted"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("once"::equals).hasSize(5);
        assertThat(certificatesOf(head)).isEqualTo(1);
    }

    @Test
    void an_analyst_role_may_not_take_applications() {
        assertThatThrownBy(() -> certificates.apply(new kz.shanyraq.app.security.ShanyraqUser("analyst", null,
                kz.shanyraq.app.security.Role.ANALYST, null, true), new MobilityCertificates.NewCertificate(
                "710000000007", "KZ-59", BIN, true, "purchase", 6_000_000L, today(), null)))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("role-not-allowed"));
    }
}
