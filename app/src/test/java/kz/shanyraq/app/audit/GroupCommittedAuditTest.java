package kz.shanyraq.app.audit;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many readers at once: each returns only when its own audit rows are committed, and none is lost. */
class GroupCommittedAuditTest extends ServerTest {

    @Autowired
    AuditTrail audit;

    @Test
    void everyConcurrentReaderFindsItsRowsCommittedTheMomentItsWriteReturns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<Long>> seen = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String actor = "group-commit-" + i;
                Callable<Long> read = () -> {
                    audit.recordAll(List.of(row(actor, 1L), row(actor, 2L)));
                    // Another connection sees them at once: they were committed before recordAll returned.
                    return jdbc.sql("select count(*) from audit_event where actor = :a").param("a", actor)
                            .query(Long.class).single();
                };
                seen.add(pool.submit(read));
            }
            for (Future<Long> f : seen) {
                assertThat(f.get()).isEqualTo(2L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where actor like 'group-commit-%'").query(Long.class)
                .single()).isEqualTo(800L);
    }

    private static AuditEntry row(String actor, long person) {
        return new AuditEntry(actor, "consultant", "api", "family-card", "case-work", person, null, 1L,
                LocalDate.of(2026, 12, 1), "granted", null);
    }
}
