package kz.shanyraq.app.labour;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.labour.internal.EnterpriseStore;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.recompute.labour.LabourScoringRun;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/labour")
@Tag(name = "Labour-risk map", description = "Enterprises scored for social tension and occupational safety with the "
        + "reference model (not the ministry's), each score explained; scoring runs; the monitoring list; the regions")
@SecurityRequirement(name = "basic")
class LabourApi {

    private final LabourMap map;
    private final Clock clock;

    LabourApi(LabourMap map, Clock clock) {
        this.map = map;
        this.clock = clock;
    }

    @GetMapping("/enterprises/{bin}")
    @Operation(summary = "Enterprise card with its scores explained",
            description = "The enterprise's registry entry and, computed from the facts known on the day, its "
                    + "social-tension and occupational-safety scores: total, band, the hard trigger that decided (if "
                    + "any) and every indicator's value and points with its source; the published run's scores and "
                    + "the runs in which it entered or left the high band. Labour inspectors, their region only; "
                    + "every read is logged.")
    @ApiResponse(responseCode = "200", description = "The card")
    @ApiResponse(responseCode = "400", description = "Not a valid BIN (reason invalid-bin)")
    @ApiResponse(responseCode = "403", description = "Not an inspector (role-not-allowed) or another region (outside-territory)")
    @ApiResponse(responseCode = "404", description = "No such enterprise, or not active on the day (not-found)")
    EnterpriseCard card(@AuthenticationPrincipal ShanyraqUser user,
                        @Parameter(description = "12-digit BIN with its check digit") @PathVariable String bin,
                        @Parameter(description = "The day (default today)")
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return map.card(user, bin, on == null ? LocalDate.now(clock) : on, "api");
    }

    @GetMapping("/monitoring")
    @Operation(summary = "Monitoring list: enterprises with elevated social-tension risk",
            description = "The enterprises of the inspector's region in the high social-tension band of the "
                    + "published scoring run, highest total first, with the workers they employ and whether they "
                    + "entered the band in that run. Labour inspectors only.")
    List<EnterpriseStore.Monitored> monitoring(@AuthenticationPrincipal ShanyraqUser user) {
        return map.monitoring(user, "api");
    }

    @GetMapping("/preventive-control")
    @Operation(summary = "The semi-annual preventive-control list of the inspector's territorial department",
            description = "Enterprises of the region whose activity meets the objective criterion (hazard class) and "
                    + "whose degree of risk from the subjective criteria (their own record, signals graded gross, "
                    + "significant, minor; one gross signal = 100) is in the listed band, as of the half-year's first "
                    + "day, each with its reasons; the fulfilment: how many were inspected from the list in the half. "
                    + "Criteria are data with their legal basis (Entrepreneurial Code art. 141, 143; joint order No. "
                    + "12656), a reference reading, not the ministry's. Labour inspectors only.")
    @ApiResponse(responseCode = "400", description = "Not a half-year like 2026-H1 (reason invalid-half)")
    LabourMap.ControlList preventiveControl(@AuthenticationPrincipal ShanyraqUser user,
                                            @Parameter(description = "Half-year, e.g. 2026-H1") @RequestParam String half) {
        return map.preventiveControl(user, half, "api");
    }

    @PostMapping("/accidents")
    @Operation(summary = "An employer's accident notification",
            description = "Records an accident at work notified by the employer (through HR Enbek): accidentRef, "
                    + "bin, occurredOn, severity (light, severe, fatal), victims, killed (1 or more exactly when "
                    + "fatal), notifiedOn (default today). Every field is checked; an error names the field (reason "
                    + "invalid-<field>) and nothing is written. The same accidentRef again is kept once (recorded "
                    + "false). Operators (the integration) and inspectors of the enterprise's region.")
    @ApiResponse(responseCode = "200", description = "Recorded (recorded true) or already recorded (false)")
    @ApiResponse(responseCode = "400", description = "A field is wrong (reason invalid-<field>)")
    java.util.Map<String, Object> notifyAccident(@AuthenticationPrincipal ShanyraqUser user,
                                                 @org.springframework.web.bind.annotation.RequestBody AccidentNotification body) {
        boolean recorded = map.notifyAccident(user, body, LocalDate.now(clock), "api");
        return java.util.Map.of("accidentRef", body.accidentRef(), "recorded", recorded);
    }

    /** A new plan: its points. */
    record NewPlan(List<StabilisationPlan.NewPoint> points) {
    }

    @PostMapping("/enterprises/{bin}/stabilisation-plans")
    @Operation(summary = "Open a stabilisation plan",
            description = "For an enterprise of the inspector's region in the high social-tension band of the "
                    + "published run, with no open plan: its points (action, responsible body, due date). Each wrong "
                    + "field is named (reason invalid-<field>), nothing written.")
    StabilisationPlan openPlan(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String bin,
                               @org.springframework.web.bind.annotation.RequestBody NewPlan plan) {
        return map.openPlan(user, bin, plan == null ? null : plan.points(), LocalDate.now(clock));
    }

    @GetMapping("/enterprises/{bin}/stabilisation-plans")
    @Operation(summary = "An enterprise's stabilisation plans with their points and progress")
    List<StabilisationPlan> plans(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String bin) {
        return map.plans(user, bin);
    }

    @PostMapping("/stabilisation-plans/{id}/points/{item}/done")
    @Operation(summary = "Mark a point of a plan done (today)")
    StabilisationPlan pointDone(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @PathVariable int item) {
        return map.pointDone(user, id, item, LocalDate.now(clock));
    }

    @PostMapping("/stabilisation-plans/{id}/removal")
    @Operation(summary = "Remove the enterprise from the high-risk zone",
            description = "Only when the published run no longer puts it in the high social-tension band; records "
                    + "that run and the workers it employed (workers covered).")
    StabilisationPlan removal(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return map.removeFromHighRisk(user, id, LocalDate.now(clock));
    }

    @GetMapping("/removed")
    @Operation(summary = "Enterprises removed from the high-risk zone and workers covered (aggregate)")
    java.util.Map<String, Object> removed(@AuthenticationPrincipal ShanyraqUser user) {
        return map.removed(user);
    }

    @GetMapping("/regions")
    @Operation(summary = "The risk map: per region",
            description = "Per region, from the published run: enterprises scored, in the high social-tension band, "
                    + "in the high occupational-safety band, entered and left the high social-tension band. An "
                    + "analyst sees all 20 regions; an inspector their own. Aggregates only.")
    List<EnterpriseStore.RegionRow> regions(@AuthenticationPrincipal ShanyraqUser user) {
        return map.regions(user, "api");
    }

    @GetMapping("/scoring-runs")
    @Operation(summary = "Scoring runs, newest first")
    List<EnterpriseStore.Run> runs(@AuthenticationPrincipal ShanyraqUser user) {
        return map.runs(user);
    }

    @PostMapping("/scoring-runs")
    @Operation(summary = "Score every active enterprise as of a day and publish the run",
            description = "Reads the facts of the day, scores every enterprise, keeps each score's explanation, "
                    + "records who entered or left the high band against the run published before, and publishes "
                    + "the run atomically. Analysts, operators and administrators.")
    @ApiResponse(responseCode = "400", description = "A day the model does not cover (reason invalid-on)")
    LabourScoringRun.Report run(@AuthenticationPrincipal ShanyraqUser user,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return map.startRun(user, on == null ? LocalDate.now(clock) : on, "api");
    }
}
