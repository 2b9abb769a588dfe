package kz.shanyraq.recompute.labour;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.law.labour.EnterpriseScoring;
import kz.shanyraq.synth.labour.SyntheticEnterprises;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Not a test: measures a national labour-risk scoring run end to end on the synthetic enterprises at scale 1.0
 * (≈ 173.7 k enterprises): read the facts, score, keep the explanations (COPY), transitions, publish. Run with
 * {@code ./mvnw -q -pl recompute -am test -Dtest=LabourScoringMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dshanyraq.measure=true}.
 */
@EnabledIfSystemProperty(named = "shanyraq.measure", matches = "true")
class LabourScoringMeasurement {

    @TempDir
    Path folder;

    @Test
    void national_run() throws Exception {
        double scale = Double.parseDouble(System.getProperty("shanyraq.measure.scale", "1.0"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0)) {
            long t0 = System.nanoTime();
            SyntheticEnterprises.Report loaded = SyntheticEnterprises.load(db.dataSource(), scale, 42, LocalDate.of(2026, 10, 1));
            System.out.printf("loaded %d enterprises, %d workers (%.1f %% in ЕСУТД), %d insured (%.1f %%) in %.1f s; rows %s%n",
                    loaded.enterprises(), loaded.workers(), 100.0 * loaded.inEsutd() / loaded.workers(), loaded.insured(),
                    100.0 * loaded.insured() / loaded.enterprises(), (System.nanoTime() - t0) / 1e9, loaded.rows());
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            LabourScoringRun run = new LabourScoringRun(db.dataSource(), EnterpriseScoring.reference());
            for (int i = 0; i < 3; i++) {
                LabourScoringRun.Report r = run.run(LocalDate.of(2026, 10, 1).plusDays(i), "measurement");
                System.out.printf("run %d: %d enterprises in %.2f s (read %.2f, score %.2f, write %.2f, publish %.2f); "
                                + "high %s; entered %s; left %s%n", r.runId(), r.enterprises(), r.seconds(), r.readSeconds(),
                        r.scoreSeconds(), r.writeSeconds(), r.publishSeconds(), r.high(), r.enteredHigh(), r.leftHigh());
            }
        }
    }
}
