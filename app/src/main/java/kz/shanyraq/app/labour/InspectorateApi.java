package kz.shanyraq.app.labour;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.labour.internal.InspectionStore;
import kz.shanyraq.app.labour.internal.LabourRecords;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.labour.InspectionChecklist;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/labour")
@Tag(name = "Labour inspections", description = "The labour inspectors' work: inspections with checklists, violations, "
        + "fines in МРП as of the violation day, prescriptions and their execution, the work list; wage arrears, "
        + "accidents and their investigation, collective agreements and conflicts with each record's source; the five "
        + "operational reports. Inspectors within their region; analysts aggregates only (a count of 1–4 hidden). "
        + "Every read is logged; a wrong field is named (reason invalid-<field>) and nothing is written.")
@SecurityRequirement(name = "basic")
class InspectorateApi {

    private final Inspectorate inspectorate;
    private final LabourFigures figures;
    private final OperationalReports reports;
    private final Clock clock;

    InspectorateApi(Inspectorate inspectorate, LabourFigures figures, OperationalReports reports, Clock clock) {
        this.inspectorate = inspectorate;
        this.figures = figures;
        this.reports = reports;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @GetMapping("/checklist")
    @Operation(summary = "The inspection checklist: items, the grade of a violation of each, legal basis (reference)")
    ChecklistView checklist() {
        InspectionChecklist c = inspectorate.checklist();
        return new ChecklistView(c.id(), c.status(), c.basis(), c.items());
    }

    /** The checklist as served: its id, status (reference), basis and items. */
    record ChecklistView(String id, String status, List<String> basis, List<InspectionChecklist.Item> items) {
    }

    @PostMapping("/inspections")
    @Operation(summary = "Plan or record an inspection",
            description = "kind scheduled: from the preventive-control list of the half-year `half` (the enterprise must "
                    + "be on it), planned on the day `on` of that half, today or later (status planned). kind "
                    + "unscheduled: reason complaint (complaintRef optional), accident (accidentRef) or "
                    + "prescription-check (prescriptionRef), begun on `on` (status open). kind preventive-no-visit: "
                    + "preventive control without a visit, with its conclusion (status finished).")
    @ApiResponse(responseCode = "200", description = "The inspection")
    @ApiResponse(responseCode = "400", description = "A field is wrong (reason invalid-<field>); nothing written")
    @ApiResponse(responseCode = "403", description = "Not an inspector, or another region")
    Inspectorate.InspectionView open(@AuthenticationPrincipal ShanyraqUser user, @RequestBody Inspectorate.NewInspection body) {
        return inspectorate.open(user, body, today(), "api");
    }

    @GetMapping("/inspections/{ref}")
    @Operation(summary = "An inspection with its checklist, violations (grade, fine in МРП and ₸) and prescriptions")
    Inspectorate.InspectionView inspection(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref) {
        return inspectorate.read(user, ref, today(), "api");
    }

    record Start(LocalDate on) {
    }

    @PostMapping("/inspections/{ref}/start")
    @Operation(summary = "A planned inspection begins (on: not in the future)")
    Inspectorate.InspectionView start(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                                      @RequestBody Start body) {
        return inspectorate.start(user, ref, body == null ? null : body.on(), today(), "api");
    }

    @PostMapping("/inspections/{ref}/result")
    @Operation(summary = "Finish an open inspection with its checklist",
            description = "answers: each checklist item at most once, compliant true/false, an optional note and the "
                    + "fine imposed in МРП (items not complied with); each item not complied with is a violation graded "
                    + "by the checklist, found on finishedOn, with the fine in tenge at that day's МРП for fines; "
                    + "prescriptionDeadline is required when there are violations: one prescription orders them fixed. "
                    + "A prescription check that finds nothing executes the prescription checked.")
    Inspectorate.InspectionView finish(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                                       @RequestBody Inspectorate.Result body) {
        return inspectorate.finish(user, ref, body, today(), "api");
    }

    record Execution(LocalDate executedOn) {
    }

    @PostMapping("/prescriptions/{ref}/execution")
    @Operation(summary = "The employer executed a prescription: its violations are fixed on that day")
    Inspectorate.PrescriptionView execute(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                                          @RequestBody Execution body) {
        return inspectorate.execute(user, ref, body == null ? null : body.executedOn(), today(), "api");
    }

    @GetMapping("/enterprises/{bin}/inspections")
    @Operation(summary = "An enterprise's inspections, newest first")
    List<InspectionStore.Inspection> ofEnterprise(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String bin) {
        return inspectorate.ofEnterprise(user, bin, "api");
    }

    @GetMapping("/inspections")
    @Operation(summary = "The region's inspections of a period with their figures",
            description = "Inspections by kind, violations by grade, fixed and the share fixed, fines in tenge, "
                    + "prescriptions issued, executed and overdue (seed 000: 5 306 inspections, 6 571 violations, 80 % "
                    + "fixed, 3 369 prescriptions in 10 months of 2025).")
    Inspectorate.Register register(@AuthenticationPrincipal ShanyraqUser user,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        LabourFigures.checkPeriod(from, to);
        return inspectorate.register(user, from, to, "api");
    }

    @GetMapping("/work-list")
    @Operation(summary = "The inspector's work list in their region",
            description = "Inspections planned or open, prescriptions overdue and open, and the current half-year's "
                    + "preventive-control entries not yet checked or scheduled.")
    Inspectorate.WorkList workList(@AuthenticationPrincipal ShanyraqUser user,
                                   @Parameter(description = "The day (default today)")
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return inspectorate.workList(user, on == null ? today() : on, "api");
    }

    @GetMapping("/arrears")
    @Operation(summary = "Wage arrears on a day",
            description = "Inspector: each enterprise of the region (amount, workers, months, recovered, insolvency). "
                    + "Analyst: per region, current and at bankrupt or rehabilitating enterprises (seed 000: 971.6 M ₸ "
                    + "at 63 enterprises to 1 302 workers; 1 405.1 M ₸ at 57 to 1 502).")
    LabourFigures.ArrearsView arrears(@AuthenticationPrincipal ShanyraqUser user,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return figures.arrears(user, on == null ? today() : on, "api");
    }

    @GetMapping("/accidents")
    @Operation(summary = "Accidents of a period: classification (fatal, severe, light, group), investigation stage, sector shares")
    LabourFigures.AccidentView accidents(@AuthenticationPrincipal ShanyraqUser user,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.accidents(user, from, to, "api");
    }

    record Commission(LocalDate formedOn, String chair, List<String> members) {
    }

    @PostMapping("/accidents/{ref}/commission")
    @Operation(summary = "Form the investigation commission of an accident (chair and at least two members)")
    LabourRecords.Accident commission(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                                      @RequestBody Commission body) {
        return figures.formCommission(user, ref, body == null ? null : body.formedOn(), body == null ? null : body.chair(),
                body == null ? null : body.members(), today(), "api");
    }

    record ActN1(LocalDate signedOn, String number, String cause, Boolean employerAtFault) {
    }

    @PostMapping("/accidents/{ref}/act-n1")
    @Operation(summary = "Record the Н-1 act that ends the investigation")
    LabourRecords.Accident actN1(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref, @RequestBody ActN1 body) {
        if (body == null) {
            throw LabourRefusedException.invalid("signedOn", "required");
        }
        return figures.recordActN1(user, ref, body.signedOn(), body.number(), body.cause(), body.employerAtFault(), today(), "api");
    }

    @GetMapping("/conflicts")
    @Operation(summary = "Collective disputes, conflicts and strikes by source, reconciled; collective agreements in force",
            description = "Each record keeps its source (ministry, trade-unions); per source: records by kind and "
                    + "strikes (a stoppage of at least labour.strike.min-stoppage-hours on its day: 3 h); the strikes "
                    + "counted once by enterprise and day whichever source recorded them (seed 000: 11 strikes; seed "
                    + "004: 5 strikes among 49 conflicts).")
    LabourFigures.ConflictView conflicts(@AuthenticationPrincipal ShanyraqUser user,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.conflicts(user, from, to, "api");
    }

    @GetMapping("/reports/{kind}")
    @Operation(summary = "An operational report as XLSX",
            description = "kind: wage-arrears, layoffs, main-indicators, injuries, conflicts; from the first of the "
                    + "year of `on` to `on`. The same data and day give the same file.")
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
    ResponseEntity<byte[]> report(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String kind,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? today() : on;
        byte[] file = reports.report(user, kind, day, "api");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind + "-" + day + ".xlsx\"")
                .body(file);
    }
}
