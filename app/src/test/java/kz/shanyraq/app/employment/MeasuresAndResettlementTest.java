package kz.shanyraq.app.employment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasuresAndResettlementTest extends EmploymentTestSupport {

    @Test
    void youth_practice_is_refused_to_a_forty_year_old_with_the_norm() {
        String iin = person(today().minusYears(40), 'M', "urban");
        long seeker = register(iin, today(), null, null);
        assertThatThrownBy(() -> measures.refer(CONSULTANT, new ActiveMeasures.NewParticipation(seeker, "youth-practice",
                today(), today().minusYears(1), null, null)))
                .isInstanceOfSatisfying(EmploymentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo("not-eligible");
                    assertThat(e.norm()).contains("2017–2021");
                });
    }

    @Test
    void dropping_out_of_vocational_training_closes_the_registration_art_16_p_1_pp_2() {
        String iin = person(today().minusYears(24), 'F', "urban");
        long seeker = register(iin, today(), null, null);
        long p = measures.refer(CONSULTANT, new ActiveMeasures.NewParticipation(seeker, "vocational-training", today(),
                null, null, null));
        measures.start(CONSULTANT, p, today());
        measures.end(CONSULTANT, p, today(), "dropped-out");
        assertThat(closedReason(seeker)).isEqualTo("left-active-measure");
    }

    @Test
    void the_outcome_3_6_and_12_months_after_a_measure_is_read_from_the_registrys_employment_contracts() {
        String iin = person(today().minusYears(30), 'M', "urban");
        long seeker = register(iin, today().minusMonths(14), null, null);
        long p = measures.refer(CONSULTANT, new ActiveMeasures.NewParticipation(seeker, "vocational-training",
                today().minusMonths(14), null, null, null));
        measures.start(CONSULTANT, p, today().minusMonths(14));
        LocalDate ended = today().minusMonths(13);
        measures.end(CONSULTANT, p, ended, "completed");
        // Hired two months after the course, left the job nine months after it.
        contract(iin, ended.plusMonths(2), ended.plusMonths(9));

        ActiveMeasures.Outcome o = measures.outcome(CONSULTANT, p);

        assertThat(o.checks()).extracting(ActiveMeasures.Check::months, ActiveMeasures.Check::employed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, true), org.assertj.core.groups.Tuple.tuple(6, true),
                        org.assertj.core.groups.Tuple.tuple(12, false));
    }

    @Test
    void the_monthly_figures_count_the_participants_employed_6_and_12_months_after_a_measure_by_the_registrys_rule() {
        // A month 40 months back that no other test ends a measure in: ten courses ended on its 10th.
        LocalDate ended = java.time.YearMonth.from(today()).minusMonths(40).atDay(10);
        long first = 0;
        for (int i = 0; i < 10; i++) {
            String iin = person(today().minusYears(30), 'M', "urban");
            long seeker = register(iin, ended.minusMonths(1), null, null);
            long p = measures.refer(CONSULTANT, new ActiveMeasures.NewParticipation(seeker, "vocational-training",
                    ended.minusMonths(1), null, null, null));
            measures.start(CONSULTANT, p, ended.minusMonths(1));
            measures.end(CONSULTANT, p, ended, "completed");
            if (i == 0) {
                first = p;
            }
            if (i < 5) {
                contract(iin, ended.plusMonths(1), ended.plusMonths(9)); // employed at 6 months, gone by 12
            } else if (i == 9) {
                contract(iin, ended.plusMonths(11), ended.plusYears(5)); // employed at 12 months only
            }
        }
        java.time.YearMonth endedIn = java.time.YearMonth.from(ended);

        EmploymentFigures.RegionMonth six = sayram(endedIn.plusMonths(6));
        EmploymentFigures.RegionMonth twelve = sayram(endedIn.plusMonths(12));

        assertThat(six.employed6MonthsAfter().checked().count()).isEqualTo(10);
        assertThat(six.employed6MonthsAfter().employed().count()).isEqualTo(5);
        assertThat(twelve.employed12MonthsAfter().checked().count()).isEqualTo(10);
        // One employed of ten: a cell of 1 is hidden.
        assertThat(twelve.employed12MonthsAfter().employed().hidden()).isTrue();
        assertThat(twelve.employed12MonthsAfter().employed().count()).isNull();
        // The per-person outcome reads the same rule.
        assertThat(measures.outcome(CONSULTANT, first).checks()).extracting(ActiveMeasures.Check::employed)
                .containsExactly(true, true, false);
    }

    @Test
    void an_outcome_whose_not_employed_would_be_one_to_four_hides_the_employed_too() {
        LocalDate ended = java.time.YearMonth.from(today()).minusMonths(44).atDay(12);
        for (int i = 0; i < 7; i++) {
            String iin = person(today().minusYears(25), 'F', "urban");
            long seeker = register(iin, ended.minusMonths(1), null, null);
            long p = measures.refer(CONSULTANT, new ActiveMeasures.NewParticipation(seeker, "vocational-training",
                    ended.minusMonths(1), null, null, null));
            measures.start(CONSULTANT, p, ended.minusMonths(1));
            measures.end(CONSULTANT, p, ended, "completed");
            if (i < 5) {
                contract(iin, ended.plusMonths(2), ended.plusYears(5));
            }
        }
        EmploymentFigures.RegionMonth six = sayram(java.time.YearMonth.from(ended).plusMonths(6));
        assertThat(six.employed6MonthsAfter().checked().count()).isEqualTo(7);
        // 5 employed beside 7 checked would show the 2 not employed.
        assertThat(six.employed6MonthsAfter().employed().hidden()).isTrue();
    }

    private EmploymentFigures.RegionMonth sayram(java.time.YearMonth month) {
        return figures.month(month.toString()).stream().filter(r -> r.region().equals("KZ-61")).findFirst()
                .orElseThrow();
    }

    @Test
    void the_seven_measures_give_their_terms_or_say_they_are_unknown() {
        List<ActiveMeasures.MeasureTerms> t = measures.terms(today());
        assertThat(t).hasSize(7);
        assertThat(t).filteredOn(m -> m.measure().equals("social-jobs")).singleElement()
                .satisfies(m -> assertThat(m.terms()).anySatisfy(x -> assertThat(x.known()).isFalse()));
    }

    @Test
    // Regions the demo data leaves without a quota (it loads the eight regions of settlement).
    void concurrent_applications_never_exceed_the_regional_quota() throws Exception {
        int year = today().getYear();
        resettlement.loadQuota(OPERATOR, new Resettlement.QuotaOrder(year,
                List.of(new Resettlement.QuotaLine("KZ-15", 10))));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String head = String.format("%012d", 555_000_000_000L + i + (long) year * 100);
            Callable<String> c = () -> {
                start.await();
                try {
                    resettlement.apply(CONSULTANT, new Resettlement.NewApplication(head, "kandas", 3, "KZ-15", null,
                            today(), 20));
                    return "accepted";
                } catch (EmploymentRefusedException e) {
                    return e.reason();
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

        assertThat(outcomes).filteredOn("accepted"::equals).hasSize(3);
        assertThat(outcomes).filteredOn("quota-exhausted"::equals).hasSize(5);
        Resettlement.QuotaUse use = resettlement.use(year).stream().filter(u -> u.regionCode().equals("KZ-15"))
                .findFirst().orElseThrow();
        assertThat(use.used()).isEqualTo(9).isLessThanOrEqualTo(use.quota());
        assertThat(use.applications()).isEqualTo(3);
    }

    @Test
    void the_relocation_subsidy_is_70_mrp_per_person_by_the_law_engine_and_arrival_and_employment_are_recorded() {
        int year = today().getYear();
        resettlement.loadQuota(OPERATOR, new Resettlement.QuotaOrder(year,
                List.of(new Resettlement.QuotaLine("KZ-31", 100))));
        long id = resettlement.apply(CONSULTANT, new Resettlement.NewApplication("390000000001", "mover", 4, "KZ-31",
                null, today(), 30));
        long mrp = jdbc.sql("select 0").query(Long.class).single();
        long relocation = jdbc.sql("select relocation_subsidy from resettlement_application where id = :id")
                .param("id", id).query(Long.class).single();
        assertThat(relocation % 70).isZero();
        assertThat(relocation / 70 / 4).isBetween(3_000L, 6_000L); // the МРП of the year
        resettlement.arrived(CONSULTANT, id, today());
        resettlement.employed(CONSULTANT, id, today());
        assertThat(resettlement.use(year)).filteredOn(u -> u.regionCode().equals("KZ-31")).singleElement()
                .satisfies(u -> {
                    assertThat(u.arrived()).isEqualTo(4);
                    assertThat(u.employed()).isEqualTo(1);
                });
        assertThat(mrp).isZero();
    }

    @Test
    void a_quota_below_the_persons_already_accepted_is_refused_naming_the_line() {
        int year = today().getYear();
        resettlement.loadQuota(OPERATOR, new Resettlement.QuotaOrder(year, List.of(new Resettlement.QuotaLine("KZ-43", 5))));
        resettlement.apply(CONSULTANT, new Resettlement.NewApplication("230000000001", "kandas", 4, "KZ-43", null,
                today(), null));
        assertThatThrownBy(() -> resettlement.loadQuota(OPERATOR, new Resettlement.QuotaOrder(year,
                List.of(new Resettlement.QuotaLine("KZ-43", 3)))))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("regions[0].persons"));
    }

    @Test
    void monthly_figures_hide_cells_of_one_to_four() {
        String iin = person(today().minusYears(30), 'M', "urban");
        register(iin, today(), null, null);
        List<EmploymentFigures.RegionMonth> rows = figures.month(java.time.YearMonth.from(today()).toString());
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.region()).isEqualTo("KZ-61");
            if (r.registered().count() == null) {
                assertThat(r.registered().hidden()).isTrue();
            } else {
                assertThat(r.registered().count()).isGreaterThanOrEqualTo(5);
            }
        });
    }
}
