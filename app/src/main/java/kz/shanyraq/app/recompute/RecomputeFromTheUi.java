package kz.shanyraq.app.recompute;

import kz.shanyraq.app.database.RegistryOwner;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.recompute.run.NationalRecompute;
import kz.shanyraq.recompute.run.RecomputeRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The national recompute started by the operator from the UI: the same {@link NationalRecompute} as
 * {@code ./shanyraq recompute}, run in the server's background as the schema owner (it writes a run's result table).
 * Its progress is the run's row on the runs page (re-read every 2 s); it publishes itself when every family is done.
 * One at a time: the registry's run lock refuses a second, and so does this page while one is under way.
 */
@Controller
public class RecomputeFromTheUi {

    private static final Logger log = LoggerFactory.getLogger(RecomputeFromTheUi.class);

    private final DataSource owner;
    private final Clock clock;
    private final AtomicReference<Thread> running = new AtomicReference<>();
    private volatile String lastFailure;

    RecomputeFromTheUi(DataSource dataSource, @RegistryOwner ObjectProvider<DataSource> owner, Clock clock) {
        this.owner = owner.getIfAvailable(() -> dataSource);
        this.clock = clock;
    }

    @PostMapping("/recompute/start")
    String start(@AuthenticationPrincipal ShanyraqUser user,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 @RequestParam(defaultValue = "false") boolean partial) {
        if (user.role() != Role.OPERATOR) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "role-not-allowed");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        Thread worker = new Thread(() -> {
            try {
                var report = NationalRecompute.run(owner, day, NationalRecompute.Options.defaults(day)
                        .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors() / 2))
                        .withAllowPartial(partial));
                log.info("Recompute as of {} started by {}: run {} published ({} families)", day,
                        user.getUsername(), report.runId(), report.families());
                lastFailure = null;
            } catch (RecomputeRefusedException | IllegalStateException e) {
                lastFailure = e.getMessage();
                log.warn("Recompute as of {} started by {} did not publish: {}", day, user.getUsername(),
                        e.getMessage());
            } finally {
                running.set(null);
            }
        }, "recompute-from-ui");
        worker.setDaemon(true);
        if (!running.compareAndSet(null, worker)) {
            return "redirect:/?recompute-busy";
        }
        worker.start();
        return "redirect:/?recompute-started";
    }

    /** Why the last run started here did not publish, or null. */
    public String lastFailure() {
        return lastFailure;
    }
}
