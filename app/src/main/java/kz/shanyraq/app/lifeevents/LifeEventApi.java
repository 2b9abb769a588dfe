package kz.shanyraq.app.lifeevents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.ingest.format.Errors;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Life events from source systems: one event, or a file batch (a JSON array). Format: docs/life-events.md and
 * docs/life-event.schema.json. Operators, administrators (integrators) send them.
 */
@RestController
@RequestMapping("/api/life-events")
@Tag(name = "Life events", description = "Events from source systems (civil registry, МСЭ, ГФСС, …) that may open "
        + "new rights or reveal a hard life situation")
@SecurityRequirement(name = "basic")
class LifeEventApi {

    private static final Pattern BATCH_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$");

    private final LifeEventIntake intake;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    LifeEventApi(LifeEventIntake intake, JdbcClient jdbc, AuditTrail audit) {
        this.intake = intake;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** An event as JSON: data values may be strings, numbers or booleans. */
    record EventJson(String sourceSystem, String sourceId, String kind, String effectiveOn, String iin,
                     Map<String, Object> data) {

        IncomingEvent incoming() {
            Map<String, String> text = new LinkedHashMap<>();
            if (data != null) {
                data.forEach((k, v) -> {
                    if (v != null) {
                        text.put(k, v.toString());
                    }
                });
            }
            return new IncomingEvent(sourceSystem, sourceId, kind, effectiveOn, iin, text);
        }
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Send one life event",
            description = "Validated, stored and acknowledged in one transaction; processed shortly after (registry "
                    + "facts, new rights → offers, hard life situations → cases). The same source system and source id "
                    + "again is a no-op (200, outcome DUPLICATE); with other content it is refused (422).")
    @ApiResponse(responseCode = "202", description = "Accepted: will be processed")
    @ApiResponse(responseCode = "200", description = "Duplicate: received before, nothing changed")
    @ApiResponse(responseCode = "403", description = "Only operators and administrators send events")
    @ApiResponse(responseCode = "422", description = "Refused: every error with index, field and reason; nothing written")
    ResponseEntity<?> send(@AuthenticationPrincipal ShanyraqUser user, @RequestBody EventJson event) {
        ResponseEntity<?> refused = refuseRole(user);
        if (refused != null) {
            return refused;
        }
        EventReceipt receipt = intake.accept(List.of(event.incoming()), user.getUsername(), null).get(0);
        return ResponseEntity.status(receipt.outcome() == EventReceipt.Outcome.ACCEPTED ? HttpStatus.ACCEPTED
                : HttpStatus.OK).body(receipt);
    }

    @PostMapping(path = "/batches", consumes = "application/json")
    @Operation(summary = "Send a file batch of life events (a JSON array)",
            description = "All or nothing: one invalid event refuses the batch and nothing is written. Duplicates "
                    + "inside a batch sent again are no-ops, so a batch may be re-sent safely.")
    @ApiResponse(responseCode = "202", description = "Accepted: a receipt per event (ACCEPTED or DUPLICATE)")
    @ApiResponse(responseCode = "400", description = "Invalid batch id")
    @ApiResponse(responseCode = "403", description = "Only operators and administrators send events")
    @ApiResponse(responseCode = "422", description = "Refused: every error with index, field and reason; nothing written")
    ResponseEntity<?> sendBatch(@AuthenticationPrincipal ShanyraqUser user,
                                @Parameter(description = "The file's name or id in the source system")
                                @RequestParam String batchId,
                                @RequestBody List<EventJson> events) {
        ResponseEntity<?> refused = refuseRole(user);
        if (refused != null) {
            return refused;
        }
        if (!BATCH_ID.matcher(batchId).matches()) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "batchId: 1–100 letters, digits, . _ : -");
            p.setProperty("field", "batchId");
            return ResponseEntity.badRequest().body(p);
        }
        List<EventReceipt> receipts = intake.accept(events.stream().map(EventJson::incoming).toList(),
                user.getUsername(), batchId);
        long accepted = receipts.stream().filter(r -> r.outcome() == EventReceipt.Outcome.ACCEPTED).count();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("batchId", batchId, "accepted", accepted,
                "duplicates", receipts.size() - accepted, "receipts", receipts));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The processing state of an event (accepted, processed, failed) and what it did",
            description = "For operators and administrators, whose roles read no personal data: the answer carries no "
                    + "IIN, source id or family id, and the outcome's identifiers are withheld. Every read is audited "
                    + "(action life-event).")
    @ApiResponse(responseCode = "200", description = "The event's state, without personal data")
    @ApiResponse(responseCode = "403", description = "Only operators and administrators read events")
    @ApiResponse(responseCode = "404", description = "No such event")
    ResponseEntity<?> state(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        ResponseEntity<?> refused = refuseRole(user);
        if (refused != null) {
            return refused;
        }
        Map<String, Object> state = jdbc.sql("""
                select id, source_system, kind, effective_on, status, received_at, processed_at, outcome
                  from life_event where id = :id""").param("id", id)
                .query((rs, n) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("eventId", rs.getLong(1));
                    m.put("sourceSystem", rs.getString(2));
                    m.put("kind", rs.getString(3));
                    m.put("effectiveOn", rs.getString(4));
                    m.put("status", rs.getString(5));
                    m.put("receivedAt", rs.getString(6));
                    m.put("processedAt", rs.getString(7));
                    m.put("outcome", EventOutcomes.withoutIdentifiers(rs.getString(8)));
                    return m;
                }).optional().orElse(null);
        audit.record(new AuditEntry(user.getUsername(), user.role().code(), "api", "life-event", "data-quality",
                null, null, null, null, state == null ? "not-found" : "granted",
                "event " + id + (state == null ? ": no such event" : ": state only, identifiers withheld")));
        return state != null ? ResponseEntity.ok(state) : ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no life event " + id));
    }

    @ExceptionHandler(EventsRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(EventsRejectedException e) {
        int total = e.problems().size();
        int listed = Math.min(total, Errors.MAX_LISTED);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                total + " error(s); nothing was written" + (listed < total ? "; the first " + listed + " are listed" : ""));
        p.setTitle("Events refused");
        p.setProperty("errorCount", total);
        p.setProperty("errorsListed", listed);
        p.setProperty("errors", e.problems().stream().limit(listed).map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", x.index());
            m.put("sourceId", x.sourceId());
            m.put("field", x.field());
            m.put("reason", x.reason().en());
            m.put("reasonRu", x.reason().ru());
            m.put("reasonKk", x.reason().kk());
            return m;
        }).toList());
        return ResponseEntity.unprocessableContent().body(p);
    }

    private static ResponseEntity<?> refuseRole(ShanyraqUser user) {
        if (user.role() == Role.OPERATOR || user.role() == Role.ADMIN) {
            return null;
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Only operators and administrators send life events"));
    }
}
