package kz.shanyraq.app.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RestController
@RequestMapping("/api/analytics/simulations")
@Tag(name = "Analytics: law-change simulation", description = "A reform written as the law's parameter files are "
        + "(YAML), evaluated with the law as it is and as reformed on every family of the registry by the batch "
        + "engine that pays; aggregates only, counts of 1–4 hidden")
@SecurityRequirement(name = "basic")
class SimulationApi {

    private final Simulations simulations;

    SimulationApi(Simulations simulations) {
        this.simulations = simulations;
    }

    record NewSimulation(String title, LocalDate asOf, String reform) {
    }

    record Started(long id, String status) {
    }

    record Summary(long id, String title, LocalDate asOf, String status, Long families, Double seconds,
                   String createdBy) {
    }

    record Result(Summary run, String reform, String failure, SimulationView result) {
    }

    record Draft(String reform) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a simulation", description = "The reform is checked at once as a parameter file "
            + "(same reader and checks as the law's own files; each parameter must be one the law has, same unit and "
            + "key): an invalid reform is refused naming file, line and parameter, and nothing is stored. The run "
            + "itself goes on in the background; poll GET /{id}.")
    @ApiResponse(responseCode = "202", description = "Started")
    @ApiResponse(responseCode = "400", description = "Invalid reform (invalid-reform) or date (invalid-asOf)")
    ResponseEntity<Started> start(@AuthenticationPrincipal ShanyraqUser user, @RequestBody NewSimulation body) {
        long id = simulations.start(user, body.title(), body.asOf(), body.reform());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Started(id, "running"));
    }

    @GetMapping("/draft")
    @Operation(summary = "A reform picked in the form, as YAML", description = "From the date on, every value of "
            + "the parameter (each key of a keyed one) becomes the value given, or the value in force changed by "
            + "the percent given.")
    Draft draft(@AuthenticationPrincipal ShanyraqUser user, @RequestParam String parameter,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) BigDecimal value, @RequestParam(required = false) BigDecimal percent) {
        AnalyticsAccess.require(user);
        return new Draft(ReformDrafts.yaml(simulations.law(), parameter, from, value, percent));
    }

    @GetMapping
    @Operation(summary = "Stored simulations, newest first")
    List<Summary> list(@AuthenticationPrincipal ShanyraqUser user) {
        return simulations.list(user).stream().map(SimulationApi::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A simulation and its result", description = "Cost per measure a month and a year before "
            + "and after, gainers, losers and unchanged (families and persons, by how much) in total and by region, "
            + "category, per-capita income decile and household type, poverty headcount and gap before and after, "
            + "and a few anonymised example families with both evaluations side by side.")
    @ApiResponse(responseCode = "404", description = "No such simulation (not-found)")
    Result get(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        Simulations.Run r = simulations.get(user, id);
        return new Result(summary(r), r.reformYaml(), r.failure(), r.result() == null ? null : SimulationView.of(r.result()));
    }

    @GetMapping("/{id}/xlsx")
    @Operation(summary = "A simulation's result as XLSX (small cells hidden)")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, Locale locale) {
        Simulations.Run r = simulations.get(user, id);
        if (r.result() == null) {
            throw AnalyticsRefusedException.notFound("simulation " + id + " is " + r.status() + ": no result yet");
        }
        return xlsxResponse("simulation-" + id + ".xlsx",
                SimulationWorkbook.of(r, SimulationView.of(r.result()), AnalyticsPages.titles(locale)));
    }

    @GetMapping("/compare")
    @Operation(summary = "Simulations side by side", description = "The totals of each simulation given (ids, "
            + "comma-separated): cost before and after, gainers, losers, poverty headcount and gap.")
    Map<Long, SimulationView> compare(@AuthenticationPrincipal ShanyraqUser user, @RequestParam List<Long> ids) {
        Map<Long, SimulationView> out = new java.util.LinkedHashMap<>();
        for (long id : ids) {
            Simulations.Run r = simulations.get(user, id);
            if (r.result() != null) {
                out.put(id, SimulationView.of(r.result()));
            }
        }
        return out;
    }

    static Summary summary(Simulations.Run r) {
        return new Summary(r.id(), r.title(), r.asOf(), r.status(), r.families(), r.seconds(), r.createdBy());
    }

    static ResponseEntity<byte[]> xlsxResponse(String name, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(bytes);
    }
}
