package kz.shanyraq.app.lifeevents;

import kz.shanyraq.app.entitlements.RegistryRegionalFigures;
import kz.shanyraq.law.parameter.Law;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds, day by day, the persons who reach an age that matters to the law on that day — a child turning 1, 1.5, 6, 7
 * or 18, a person reaching the pension age of their sex in force that day — and feeds each as an {@code age-threshold}
 * event into the same pipeline as source events (source id {@code age:<iin>:<threshold>}, so a day scanned twice adds
 * nothing). Remembers the last day scanned; days missed while the server was stopped are caught up.
 */
@Component
public class AgeThresholdScan {

    static final String SOURCE = "shanyraq-age-scan";
    private static final Logger log = LoggerFactory.getLogger(AgeThresholdScan.class);
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LifeEventIntake intake;
    private final RegistryRegionalFigures regional;
    private final Clock clock;

    AgeThresholdScan(JdbcClient jdbc, TransactionTemplate tx, LifeEventIntake intake, RegistryRegionalFigures regional,
                     Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.intake = intake;
        this.regional = regional;
        this.clock = clock;
    }

    /** Scans every day not scanned yet up to today (the first run scans today only); returns the events created. */
    public int catchUp() {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = jdbc.sql("select scanned_till from age_scan where id = 1").query(LocalDate.class).optional()
                .orElse(today.minusDays(1));
        int events = 0;
        for (LocalDate day = last.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            events += scan(day);
        }
        return events;
    }

    /** One day, in one transaction with the mark that it was scanned. */
    public int scan(LocalDate day) {
        Integer n = tx.execute(status -> {
            List<IncomingEvent> events = new ArrayList<>();
            Law law = regional.book().on(day);
            Map<String, LocalDate> bornOn = new java.util.LinkedHashMap<>();
            bornOn.put("1", day.minusYears(1));
            bornOn.put("1.5", day.minusMonths(18));
            bornOn.put("6", day.minusYears(6));
            bornOn.put("7", day.minusYears(7));
            bornOn.put("18", day.minusYears(18));
            for (Map.Entry<String, LocalDate> t : bornOn.entrySet()) {
                persons(t.getValue(), null).forEach(iin -> events.add(event(iin, t.getKey(), day)));
            }
            for (String sex : List.of("M", "F")) {
                LocalDate born = pensionBirthDate(law, sex.equals("M") ? "male" : "female", day);
                if (born != null) {
                    persons(born, sex).forEach(iin -> events.add(event(iin, "pension", day)));
                }
            }
            for (int i = 0; i < events.size(); i += CHUNK) {
                intake.acceptInternal(events.subList(i, Math.min(events.size(), i + CHUNK)));
            }
            jdbc.sql("""
                    insert into age_scan (id, scanned_till) values (1, :day)
                    on conflict (id) do update set scanned_till = greatest(age_scan.scanned_till, excluded.scanned_till)""")
                    .param("day", day).update();
            return events.size();
        });
        if (n != null && n > 0) {
            log.info("age thresholds on {}: {} event(s)", day, n);
        }
        return n == null ? 0 : n;
    }

    /** The birth date of those reaching the pension age on the day, or {@code null} if the law gives no age. */
    private static LocalDate pensionBirthDate(Law law, String sex, LocalDate day) {
        try {
            BigDecimal years = law.number("asp.able-bodied.pension-age", sex);
            int whole = years.intValue();
            int months = years.subtract(BigDecimal.valueOf(whole)).multiply(BigDecimal.valueOf(12)).intValue();
            return day.minusYears(whole).minusMonths(months);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private List<String> persons(LocalDate born, String sex) {
        return jdbc.sql("""
                select p.iin from person p
                 where p.birth_date = :born and (cast(:sex as text) is null or p.sex = :sex) and p.death_date is null
                   and exists (select 1 from family_member m where m.person_id = p.id)""")
                .param("born", born).param("sex", sex).query(String.class).list();
    }

    private static IncomingEvent event(String iin, String threshold, LocalDate day) {
        return new IncomingEvent(SOURCE, "age:" + iin + ":" + threshold, LifeEventKind.AGE_THRESHOLD.code(),
                day.toString(), iin, Map.of("threshold", threshold));
    }
}
