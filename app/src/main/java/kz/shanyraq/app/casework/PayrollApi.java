package kz.shanyraq.app.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

@RestController
@Tag(name = "АСП payroll", description = "The monthly payroll of every assignment in force, the paying agent's file "
        + "and its returns. Each assignment is paid at most once a month (database unique key).")
@SecurityRequirement(name = "basic")
class PayrollApi {

    private final Payroll payroll;

    PayrollApi(Payroll payroll) {
        this.payroll = payroll;
    }

    @PostMapping("/api/payroll/{month}")
    @Operation(summary = "Build the payroll of a month (YYYY-MM)", description = "Operators: every region; department "
            + "officers: their region. Assignments already in the month's payroll are not added again.")
    Payroll.Run run(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String month) {
        return payroll.run(Officer.api(user), month(month));
    }

    @GetMapping(value = "/api/payroll/{month}/file", produces = "text/csv")
    @Operation(summary = "The payroll file for the paying agent: month;assignment;recipient_iin;account;amount")
    void file(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String month, HttpServletResponse response)
            throws IOException {
        YearMonth m = month(month);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=asp-payroll-" + m + ".csv");
        payroll.writeFile(Officer.api(user), m, response.getWriter());
    }

    @PostMapping(value = "/api/payroll/{month}/returns", consumes = "text/csv")
    @Operation(summary = "Import the paying agent's returns (assignment;amount;outcome;reason) and reconcile")
    Payroll.Reconciliation returns(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String month,
                                   @RequestBody String body) {
        return payroll.importReturns(Officer.api(user), month(month), body);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidCaseInputException("month", "expected a month YYYY-MM, got '" + text + "'");
        }
    }
}
