package kz.shanyraq.app.recompute;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/recompute")
@Tag(name = "National recompute", description = "Runs of the national recompute and the distribution of families "
        + "over the well-being categories (aggregates only)")
@SecurityRequirement(name = "basic")
class RecomputeApi {

    private final RecomputeRuns runs;
    private final CategoryDistribution distribution;

    RecomputeApi(RecomputeRuns runs, CategoryDistribution distribution) {
        this.runs = runs;
        this.distribution = distribution;
    }

    /**
     * A run with its progress.
     *
     * @param percentDone families done in percent of the total (null while unknown)
     * @param secondsLeft for a running run, seconds left at the current rate (null otherwise)
     */
    record RunResponse(long id, LocalDate asOf, String status, Instant startedAt, Instant finishedAt,
                       Long familiesTotal, long familiesDone, long persons, Double familiesPerSecond, Double seconds,
                       Integer percentDone, Long secondsLeft, String parameterVersion, List<String> methodologies,
                       Instant heartbeatAt, String failure) {

        static RunResponse of(RecomputeRun r) {
            return new RunResponse(r.id(), r.asOf(), r.status(), r.startedAt(), r.finishedAt(), r.familiesTotal(),
                    r.familiesDone(), r.persons(), r.familiesPerSecond(), r.seconds(), r.percentDone(),
                    r.secondsLeft(), r.parameterVersion(), r.methodologies(), r.heartbeatAt(), r.failure());
        }
    }

    @GetMapping("/runs")
    @Operation(summary = "Run history",
            description = "The newest 100 runs of the national recompute, newest first: as-of date, status "
                    + "(running, published, failed, superseded), start and end, families and persons, seconds, rate "
                    + "(families per second), parameter version and scoring methodologies (id@version). A running "
                    + "run shows its progress (families done, percent, seconds left). Operators, administrators "
                    + "and analysts only.")
    @ApiResponse(responseCode = "200", description = "The runs")
    @ApiResponse(responseCode = "403", description = "The caller's role does not see the run history "
            + "(reason role-not-allowed)")
    List<RunResponse> runs(@AuthenticationPrincipal ShanyraqUser user) {
        RecomputeReaders.requireRunHistory(user);
        return runs.history().stream().map(RunResponse::of).toList();
    }

    @GetMapping("/runs/{id}/distribution")
    @Operation(summary = "Families per well-being category per region or district, and transitions",
            description = "For a run with results (the published one or the one it superseded): per region "
                    + "(or, with region, per district of that region) the families in categories 1–6 and without "
                    + "a category, and the families that moved up (to a better-off category) or down since the "
                    + "previous published run. Aggregates only, never a family. A territorial user sees only the "
                    + "rows of their region or district. A cell of 1 to 4 families is hidden (count null, hidden "
                    + "true); when a row has exactly one such cell the next smallest is hidden too, and the row's "
                    + "total is withheld if it would give a hidden cell away.")
    @ApiResponse(responseCode = "200", description = "The distribution")
    @ApiResponse(responseCode = "403", description = "A region outside the caller's territory "
            + "(reason outside-territory)")
    @ApiResponse(responseCode = "404", description = "No such run (reason no-run), a run without results "
            + "(running or failed: no-results) or results no longer kept (results-dropped)")
    Distribution distribution(
            @AuthenticationPrincipal ShanyraqUser user,
            @PathVariable long id,
            @Parameter(description = "A region code (ISO 3166-2:KZ, e.g. KZ-59) to see its districts")
            @RequestParam(required = false) String region) {
        return distribution.of(id, region == null || region.isBlank() ? null : region, user);
    }
}
