package kz.shanyraq.app.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Ten hand-written families in North Kazakhstan, Turkestan and Astana, one for each situation the family card must
 * show: a newborn, a multi-child family with an awarded mother, persons with disability (one whose disability has
 * ended), a survivor family, a low-income family with an unemployed head, kandas resettlers, pensioners, a young
 * family with a mortgage, a single mother of a child with disability, and a family that moved between regions.
 *
 * <p>Dates are set relative to the day of loading (a newborn is born 20 days before), then kept: the population is
 * loaded once, in one transaction, into an empty registry.
 */
@Component
@ConditionalOnProperty(name = "shanyraq.demo.population", havingValue = "hand-written")
class HandWrittenDemoPopulation implements DemoPopulation {

    private static final Logger log = LoggerFactory.getLogger(HandWrittenDemoPopulation.class);

    /** Person ids of the demo families' key members, for tests and the README. */
    static final long NEWBORN = 1003;
    static final long DISABILITY_ENDED = 3003;

    private final Clock clock;
    private final double scale;

    HandWrittenDemoPopulation(Clock clock, @Value("${shanyraq.demo.scale:0.001}") double scale) {
        this.clock = clock;
        this.scale = scale;
    }

    @Override
    public void ensureLoaded(DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        new TransactionTemplate(new DataSourceTransactionManager(ds)).executeWithoutResult(tx -> {
            // One loader at a time; a registry that holds families already (generated, imported) is left alone.
            jdbc.sql("lock table family in exclusive mode").update();
            if (jdbc.sql("select exists (select 1 from family)").query(Boolean.class).single()) {
                log.info("Registry already holds families: demo population not loaded");
                return;
            }
            long started = System.nanoTime();
            write(new RegistryWriter(jdbc), LocalDate.now(clock));
            log.info("Demo population loaded: 10 hand-written families in {} ms (scale {} not used: "
                    + "shanyraq.demo.population=hand-written)", (System.nanoTime() - started) / 1_000_000, scale);
        });
    }

    private void write(RegistryWriter w, LocalDate today) {
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth twoYearsAgo = thisMonth.minusMonths(24);
        YearMonth lastMonth = thisMonth.minusMonths(1);

        w.district("KZ-59-01", "KZ-59", "Петропавловск (г.а.)", "Петропавл қ.ә.", "Petropavl City");
        w.district("KZ-59-02", "KZ-59", "Кызылжарский район", "Қызылжар ауданы", "Kyzylzhar District");
        w.district("KZ-61-01", "KZ-61", "Сайрамский район", "Сайрам ауданы", "Sayram District");
        w.district("KZ-71-01", "KZ-71", "район Есиль", "Есіл ауданы", "Yesil District");

        // 1. A newborn: second child, mother on maternity leave, father employed. Petropavl.
        LocalDate birth = today.minusDays(20);
        LocalDate married = today.minusYears(6);
        w.family(1, married);
        w.address(1, "KZ-59", "KZ-59-01", "urban", married, null);
        w.person(1001, today.minusYears(31).minusDays(40), 'M', null, null, "citizen", today.minusYears(31).minusDays(40));
        w.person(1002, today.minusYears(29).minusDays(100), 'F', null, null, "citizen", today.minusYears(29).minusDays(100));
        LocalDate first = today.minusYears(4).minusDays(15);
        w.person(1004, first, 'F', 1002L, 1, "citizen", first);
        w.person(NEWBORN, birth, 'M', 1002L, 2, "citizen", birth);
        w.member(1, 1001, "head", married, null);
        w.member(1, 1002, "spouse", married, null);
        w.member(1, 1004, "child", first, null);
        w.member(1, NEWBORN, "child", birth, null);
        w.relation(1004, 1001, "father", first);
        w.relation(NEWBORN, 1001, "father", birth);
        w.contract(1, 1001, "040340001234", today.minusYears(5), null, null);
        w.income(1001, "wage", "tax", 350_000, twoYearsAgo, lastMonth);
        w.contributions(1001, 350_000, twoYearsAgo, lastMonth);
        w.participation(1001, today.minusDays(5), 96);
        w.contract(2, 1002, "050540004321", today.minusYears(4), null, null);
        w.income(1002, "wage", "tax", 260_000, twoYearsAgo, YearMonth.from(birth.minusDays(70)).minusMonths(1));
        w.contributions(1002, 260_000, twoYearsAgo, YearMonth.from(birth.minusDays(70)).minusMonths(1));
        w.maternityLeave(1002, birth.minusDays(70), 126);
        w.loan(1, 1001, "car", 4_500_000, today.minusYears(2), null);

        // 2. Multi-child family, the mother awarded «Алтын алқа». Sayram district, rural.
        LocalDate wed2 = today.minusYears(22);
        w.family(2, wed2);
        w.address(2, "KZ-61", "KZ-61-01", "rural", wed2, null);
        w.person(2001, today.minusYears(46), 'M', null, null, "citizen", today.minusYears(46));
        w.person(2002, today.minusYears(43).minusDays(200), 'F', null, null, "citizen", today.minusYears(43).minusDays(200));
        w.member(2, 2001, "head", wed2, null);
        w.member(2, 2002, "spouse", wed2, null);
        int[] ages = {20, 17, 15, 12, 9, 6, 3};
        for (int i = 0; i < ages.length; i++) {
            long id = 2003 + i;
            LocalDate b = today.minusYears(ages[i]).minusDays(30L * i + 10);
            w.person(id, b, i % 2 == 0 ? 'M' : 'F', 2002L, i + 1, "citizen", b);
            w.member(2, id, "child", b, null);
            w.relation(id, 2001, "father", b);
        }
        w.study(2003, today.minusYears(2).withMonth(9).withDayOfMonth(1), today.plusYears(2).withMonth(6).withDayOfMonth(30));
        w.award(2002, "kumis-alka", today.minusYears(6));
        w.award(2002, "altyn-alka", today.minusYears(2));
        w.income(2001, "subsidiary-farming", "agriculture", 90_000, twoYearsAgo, lastMonth);
        w.income(2001, "wage", "tax", 210_000, twoYearsAgo, lastMonth);
        w.contract(3, 2001, "990140002211", today.minusYears(10), null, null);
        w.income(2002, "multichild-allowance", "gfss", 94_565, twoYearsAgo, lastMonth);
        w.income(2002, "awarded-mother-allowance", "gfss", 29_097, twoYearsAgo, lastMonth);
        w.livestock(2001, "cattle", 4, today.minusMonths(3));
        w.livestock(2001, "sheep", 15, today.minusMonths(3));

        // 3. Disability: the head (group 2, general illness) cared for by his wife; their son's group 3 ended
        //    two months ago, so a card as of last year differs from today's. Kyzylzhar district, rural.
        LocalDate wed3 = today.minusYears(30);
        w.family(3, wed3);
        w.address(3, "KZ-59", "KZ-59-02", "rural", wed3, null);
        w.person(3001, today.minusYears(53), 'M', null, null, "citizen", today.minusYears(53));
        w.person(3002, today.minusYears(50), 'F', null, null, "citizen", today.minusYears(50));
        LocalDate son = today.minusYears(24).minusDays(60);
        w.person(DISABILITY_ENDED, son, 'M', 3002L, 1, "citizen", son);
        w.member(3, 3001, "head", wed3, null);
        w.member(3, 3002, "spouse", wed3, null);
        w.member(3, DISABILITY_ENDED, "child", son, null);
        w.disability(3001, 2, "general-illness", 60, today.minusYears(3), today.plusMonths(9));
        w.disability(DISABILITY_ENDED, 3, "work-injury", 40, today.minusYears(2), today.minusMonths(2));
        w.care(3002, 3001, today.minusYears(3));
        w.income(3001, "social-benefit", "gcvp", 81_362, twoYearsAgo, lastMonth);
        w.contributions(3001, 180_000, twoYearsAgo.minusMonths(24), YearMonth.from(today.minusYears(3)).minusMonths(1));
        w.contract(4, DISABILITY_ENDED, "120540009876", today.minusYears(3), null, null);
        w.income(DISABILITY_ENDED, "wage", "tax", 190_000, twoYearsAgo, lastMonth);

        // 4. A survivor family: the father died eight months ago. Astana, Yesil district.
        LocalDate wed4 = today.minusYears(14);
        LocalDate death = today.minusMonths(8);
        w.family(4, wed4);
        w.address(4, "KZ-71", "KZ-71-01", "urban", wed4, null);
        w.person(4001, today.minusYears(41), 'M', null, null, "citizen", today.minusYears(41));
        w.died(4001, death);
        w.person(4002, today.minusYears(38), 'F', null, null, "citizen", today.minusYears(38));
        LocalDate c1 = today.minusYears(12).minusDays(80);
        LocalDate c2 = today.minusYears(7).minusDays(20);
        w.person(4003, c1, 'F', 4002L, 1, "citizen", c1);
        w.person(4004, c2, 'M', 4002L, 2, "citizen", c2);
        w.member(4, 4001, "head", wed4, death);
        w.member(4, 4002, "spouse", wed4, death);
        w.member(4, 4002, "head", death.plusDays(1), null);
        w.member(4, 4003, "child", c1, null);
        w.member(4, 4004, "child", c2, null);
        w.relation(4003, 4001, "father", c1);
        w.relation(4004, 4001, "father", c2);
        w.breadwinnerLoss(4, 4001, death, false);
        YearMonth deathMonth = YearMonth.from(death);
        w.contract(5, 4001, "010140005555", today.minusYears(9), death, "death");
        w.income(4001, "wage", "tax", 420_000, twoYearsAgo, deathMonth.minusMonths(1));
        w.contributions(4001, 420_000, deathMonth.minusMonths(60), deathMonth.minusMonths(1));
        w.participation(4001, death.minusDays(10), 170);
        w.contract(6, 4002, "030340007777", today.minusYears(6), null, null);
        w.income(4002, "wage", "tax", 240_000, twoYearsAgo, lastMonth);
        w.income(4002, "social-benefit", "gfss", 75_537, deathMonth.plusMonths(1), lastMonth);

        // 5. Low income: the head lost his job four months ago and registered at the career centre; three small
        //    children. Sayram district, rural.
        LocalDate wed5 = today.minusYears(8);
        w.family(5, wed5);
        w.address(5, "KZ-61", "KZ-61-01", "rural", wed5, null);
        w.person(5001, today.minusYears(35), 'M', null, null, "citizen", today.minusYears(35));
        w.person(5002, today.minusYears(33), 'F', null, null, "citizen", today.minusYears(33));
        LocalDate k1 = today.minusYears(5).minusDays(50);
        LocalDate k2 = today.minusYears(3).minusDays(120);
        LocalDate k3 = today.minusMonths(18);
        w.person(5003, k1, 'M', 5002L, 1, "citizen", k1);
        w.person(5004, k2, 'F', 5002L, 2, "citizen", k2);
        w.person(5005, k3, 'F', 5002L, 3, "citizen", k3);
        w.member(5, 5001, "head", wed5, null);
        w.member(5, 5002, "spouse", wed5, null);
        for (long id : new long[]{5003, 5004, 5005}) {
            w.member(5, id, "child", id == 5003 ? k1 : id == 5004 ? k2 : k3, null);
        }
        LocalDate lost = today.minusMonths(4);
        w.contract(7, 5001, "150340001111", today.minusYears(3), lost, "redundancy");
        w.income(5001, "wage", "tax", 125_000, twoYearsAgo, YearMonth.from(lost).minusMonths(1));
        w.contributions(5001, 125_000, twoYearsAgo, YearMonth.from(lost).minusMonths(1));
        w.unemployed(5001, lost.plusDays(10));
        w.income(5001, "employment-measures", "career-centre", 40_000, YearMonth.from(lost).plusMonths(1), lastMonth);
        w.care(5002, 5005, k3);

        // 6. Kandas resettled under the regional quota five months ago. Kyzylzhar district, rural.
        LocalDate arrived = today.minusMonths(5);
        w.family(6, arrived);
        w.address(6, "KZ-59", "KZ-59-02", "rural", arrived, null);
        w.person(6001, today.minusYears(39), 'M', null, null, "kandas", arrived);
        w.person(6002, today.minusYears(36), 'F', null, null, "kandas", arrived);
        LocalDate k6 = today.minusYears(10).minusDays(70);
        w.person(6003, k6, 'M', 6002L, 1, "kandas", arrived);
        w.member(6, 6001, "head", arrived, null);
        w.member(6, 6002, "spouse", arrived, null);
        w.member(6, 6003, "child", arrived, null);
        w.resettlement(6, "kandas", true, null, arrived, 20);
        w.contract(8, 6001, "200240003333", arrived.plusMonths(1), null, null);
        w.income(6001, "wage", "tax", 230_000, YearMonth.from(arrived).plusMonths(1), lastMonth);

        // 7. Pensioners with a flat and a car. Astana, Yesil district.
        w.family(7, today.minusYears(44));
        w.address(7, "KZ-71", "KZ-71-01", "urban", today.minusYears(44), null);
        w.person(7001, today.minusYears(68), 'M', null, null, "citizen", today.minusYears(68));
        w.person(7002, today.minusYears(66), 'F', null, null, "citizen", today.minusYears(66));
        w.member(7, 7001, "head", today.minusYears(44), null);
        w.member(7, 7002, "spouse", today.minusYears(44), null);
        w.income(7001, "pension", "enpf", 165_000, twoYearsAgo, lastMonth);
        w.income(7002, "pension", "enpf", 142_000, twoYearsAgo, lastMonth);
        w.dwelling(1, 7001, "KZ-71", 64.5, today.minusYears(30));
        w.vehicle(1, 7001, "car", 2012, today.minusYears(9));

        // 8. A young family with a mortgage; a consumer loan closed last year. Petropavl.
        LocalDate wed8 = today.minusYears(4);
        w.family(8, wed8);
        w.address(8, "KZ-59", "KZ-59-01", "urban", wed8, null);
        w.person(8001, today.minusYears(30), 'M', null, null, "citizen", today.minusYears(30));
        w.person(8002, today.minusYears(28), 'F', null, null, "citizen", today.minusYears(28));
        LocalDate b8 = today.minusYears(2).minusDays(45);
        w.person(8003, b8, 'F', 8002L, 1, "citizen", b8);
        w.member(8, 8001, "head", wed8, null);
        w.member(8, 8002, "spouse", wed8, null);
        w.member(8, 8003, "child", b8, null);
        w.relation(8003, 8001, "father", b8);
        w.contract(9, 8001, "070740006666", today.minusYears(6), null, null);
        w.income(8001, "wage", "tax", 310_000, twoYearsAgo, lastMonth);
        w.contributions(8001, 310_000, twoYearsAgo, lastMonth);
        w.care(8002, 8003, b8);
        w.loan(2, 8001, "mortgage", 18_000_000, today.minusYears(3), null);
        w.loan(3, 8002, "consumer", 600_000, today.minusYears(3), today.minusYears(1));
        w.dwelling(2, 8001, "KZ-59", 52.0, today.minusYears(3));

        // 9. A single mother and her son with disability since childhood. Astana, Yesil district.
        LocalDate b9 = today.minusYears(9).minusDays(100);
        w.family(9, b9);
        w.address(9, "KZ-71", "KZ-71-01", "urban", b9, null);
        w.person(9001, today.minusYears(34), 'F', null, null, "citizen", today.minusYears(34));
        w.person(9002, b9, 'M', 9001L, 1, "citizen", b9);
        w.member(9, 9001, "head", b9, null);
        w.member(9, 9002, "child", b9, null);
        w.disability(9002, null, "childhood", null, b9.plusYears(2), today.plusYears(3));
        w.care(9001, 9002, b9.plusYears(2));
        w.income(9001, "social-benefit", "gcvp", 101_702, twoYearsAgo, lastMonth);
        w.income(9001, "alimony", "court", 35_000, twoYearsAgo, lastMonth);

        // 10. A family that moved from Sayram to Petropavl six months ago; the daughter studies full time.
        LocalDate wed10 = today.minusYears(25);
        LocalDate moved = today.minusMonths(6);
        w.family(10, wed10);
        w.address(10, "KZ-61", "KZ-61-01", "rural", wed10, moved.minusDays(1));
        w.address(10, "KZ-59", "KZ-59-01", "urban", moved, null);
        w.person(10001, today.minusYears(50), 'M', null, null, "citizen", today.minusYears(50));
        w.person(10002, today.minusYears(47), 'F', null, null, "citizen", today.minusYears(47));
        LocalDate d10 = today.minusYears(20).minusDays(33);
        w.person(10003, d10, 'F', 10002L, 1, "citizen", d10);
        w.member(10, 10001, "head", wed10, null);
        w.member(10, 10002, "spouse", wed10, null);
        w.member(10, 10003, "child", d10, null);
        w.study(10003, today.minusYears(2).withMonth(9).withDayOfMonth(1), today.plusYears(2).withMonth(6).withDayOfMonth(30));
        w.income(10003, "scholarship", "edu", 41_000, twoYearsAgo, lastMonth);
        w.contract(10, 10001, "110140002222", moved.plusDays(14), null, null);
        w.contract(11, 10001, "980640001010", today.minusYears(12), moved.minusDays(3), "relocation");
        w.income(10001, "wage", "tax", 270_000, twoYearsAgo, lastMonth);
    }
}
