package kz.shanyraq.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.ingest.BatchRejectedException;
import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportError;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.Importer;
import kz.shanyraq.ingest.SourceKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Batches from source systems (civil registry, incomes, disability …): validated in full, applied all or nothing,
 * idempotent by batch id. Formats: docs/registry/import-formats.md.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Registry batches from source systems (operators)")
@SecurityRequirement(name = "basic")
class ImportApi {

    private final DataSource dataSource;
    private final Clock clock;

    ImportApi(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @PostMapping(path = "/{sourceKind}", consumes = {"text/csv", "application/json"})
    @Operation(summary = "Import one batch of one source kind",
            description = "The body is the batch file (CSV with a header row, or a JSON array). The whole batch is "
                    + "validated first; any error refuses it and nothing is written. The same batch id with the same "
                    + "content is a no-op; with other content it is refused.")
    @ApiResponse(responseCode = "201", description = "Imported")
    @ApiResponse(responseCode = "200", description = "Already imported: nothing changed")
    @ApiResponse(responseCode = "400", description = "Unknown source kind, format or batch id")
    @ApiResponse(responseCode = "403", description = "Only operators and administrators import")
    @ApiResponse(responseCode = "422", description = "Batch refused: every error with line, field and reason")
    ResponseEntity<?> importBatch(
            @AuthenticationPrincipal ShanyraqUser user,
            @Parameter(description = "persons, families, memberships, addresses, incomes, …")
            @PathVariable String sourceKind,
            @Parameter(description = "The source system's id of this batch") @RequestParam String batchId,
            @Parameter(description = "csv or json") @RequestParam(defaultValue = "csv") String format,
            InputStream body) throws IOException {
        if (user.role() != Role.OPERATOR && user.role() != Role.ADMIN) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only operators and administrators import registry batches");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(p);
        }
        SourceKind kind = SourceKind.byCode(sourceKind).orElseThrow(() -> new InvalidRequestException("sourceKind",
                "unknown source kind '" + sourceKind + "' (known: "
                        + String.join(", ", Arrays.stream(SourceKind.values()).map(SourceKind::code).toList()) + ")"));
        Format fmt;
        try {
            fmt = Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("format", "format must be csv or json, not '" + format + "'");
        }
        try {
            ImportResult result = new Importer(dataSource, user.getUsername(), clock)
                    .importBatch(kind, batchId, fmt, body);
            return ResponseEntity.status(result.outcome() == ImportResult.Outcome.IMPORTED
                    ? HttpStatus.CREATED : HttpStatus.OK).body(result);
        } catch (BatchRejectedException e) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Batch refused: " + e.total() + " error(s); nothing was written"
                            + (e.total() > e.errors().size() ? "; the first " + e.errors().size() + " are listed" : ""));
            List<Map<String, Object>> errors = e.errors().stream().map(ImportApi::view).toList();
            p.setProperty("errorCount", e.total());
            p.setProperty("errorsListed", errors.size());
            p.setProperty("errors", errors);
            return ResponseEntity.unprocessableContent().body(p);
        }
    }

    private static Map<String, Object> view(ImportError error) {
        return Map.of("line", error.line(), "field", error.field() == null ? "" : error.field(),
                "reason", error.reason().toString(), "message", error.message());
    }
}
