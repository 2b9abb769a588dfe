package kz.shanyraq.app.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/analytics/reports")
@Tag(name = "Analytics: monthly report", description = "The ministry's monthly figures as PDF and XLSX in Russian "
        + "and Kazakh: the dashboards' numbers, each table with its definition and date, small cells hidden; kept and "
        + "reproducible (the same month gives the same bytes)")
@SecurityRequirement(name = "basic")
class ReportApi {

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Kept reports, newest month first")
    List<Reports.Stored> list(@AuthenticationPrincipal ShanyraqUser user) {
        return reports.list(user);
    }

    @PostMapping
    @Operation(summary = "Generate a month's report (PDF and XLSX)", description = "Kept once per month, language, "
            + "format and recompute run; asking again returns the kept ones.")
    @ApiResponse(responseCode = "400", description = "Language not ru or kk (invalid-language), month not YYYY-MM")
    @ApiResponse(responseCode = "404", description = "The month has no figures (not-found)")
    List<Reports.Stored> generate(@AuthenticationPrincipal ShanyraqUser user,
                                  @RequestParam(required = false) String month,
                                  @RequestParam(defaultValue = "ru") String language) {
        return reports.generate(user, month, language);
    }

    @GetMapping("/{id}/file")
    @Operation(summary = "Download a kept report")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return download(reports.get(user, id), reports.content(user, id));
    }

    static ResponseEntity<byte[]> download(Reports.Stored s, byte[] content) {
        String name = "shanyraq-report-" + s.month().toString().substring(0, 7) + "-" + s.language() + "." + s.format();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.ETAG, "\"" + s.sha256() + "\"")
                .contentType(s.format().equals("pdf") ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(content);
    }
}
