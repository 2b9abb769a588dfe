package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.entitlements.RegistryRegionalFigures;
import kz.shanyraq.app.registry.FamilyOnDate;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.support.Assessment;
import kz.shanyraq.law.parameter.ParameterBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The baseline of {@code family_assessment}: every family that has none is evaluated once, as of today, in pages of
 * 500 families (one transaction each), so that the first life event of a family need not read and evaluate it
 * "before". Off by default ({@code shanyraq.life-events.assess-all}); runs once the application is ready (after a demo
 * registry is loaded), in the background; a family whose event wrote an assessment
 * meanwhile keeps the event's. The families are read and evaluated as the workers do (bulk reader, columnar engine).
 */
@Component
class AssessmentBaseline {

    private static final Logger log = LoggerFactory.getLogger(AssessmentBaseline.class);
    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final FamilyRegistry registry;
    private final FamilyAssessor assessor;
    private final FamilyAssessments assessments;
    private final RegistryRegionalFigures regional;
    private final Clock clock;
    private final boolean enabled;
    private volatile Thread thread;

    AssessmentBaseline(JdbcClient jdbc, TransactionTemplate tx, FamilyRegistry registry, FamilyAssessor assessor,
                       FamilyAssessments assessments, RegistryRegionalFigures regional, Clock clock,
                       @Value("${shanyraq.life-events.assess-all:false}") boolean enabled) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.registry = registry;
        this.assessor = assessor;
        this.assessments = assessments;
        this.regional = regional;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** Assesses every family without an assessment; returns how many were assessed. */
    long assessAll() {
        long done = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> page = jdbc.sql("""
                    select f.id from family f
                     where f.id > :after and not exists (select 1 from family_assessment a where a.family_id = f.id)
                     order by f.id limit :n""").param("after", from).param("n", PAGE).query(Long.class).list();
            if (page.isEmpty()) {
                return done;
            }
            after = page.get(page.size() - 1);
            done += tx.execute(status -> assess(page));
        }
    }

    private int assess(List<Long> families) {
        LocalDate today = LocalDate.now(clock);
        ParameterBook book = regional.book();
        List<Optional<FamilyRecord>> read = registry.familiesForLaw(families.stream()
                .map(id -> new FamilyOnDate(id, today)).toList());
        List<Long> ids = new ArrayList<>();
        List<kz.shanyraq.law.family.Family> law = new ArrayList<>();
        for (Optional<FamilyRecord> r : read) {
            if (r.isPresent() && !r.get().family().members().isEmpty()) {
                ids.add(r.get().id());
                law.add(r.get().family());
            }
        }
        List<Assessment> out = assessor.assess(law, java.util.Collections.nCopies(law.size(), today), book).stream()
                .map(FamilyAssessor.Assessed::assessment).toList();
        assessments.keepFirst(ids, out);
        return ids.size();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                long started = System.nanoTime();
                long n = assessAll();
                log.info("family assessment baseline: {} families assessed in {} s", n,
                        (System.nanoTime() - started) / 1_000_000_000L);
            } catch (RuntimeException e) {
                log.warn("family assessment baseline stopped: {}", e.toString());
            }
        }, "assessment-baseline");
        t.setDaemon(true);
        t.start();
        thread = t;
    }

    /** The background run, if one was started (for tests). */
    Thread running() {
        return thread;
    }
}
