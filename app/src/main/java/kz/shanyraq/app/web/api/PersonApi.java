package kz.shanyraq.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.familycard.FamilyCards;
import kz.shanyraq.app.familycard.Reader;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

@RestController
@RequestMapping("/api/persons")
@Tag(name = "Persons", description = "Person lookup by IIN")
@SecurityRequirement(name = "basic")
class PersonApi {

    private final FamilyCards cards;
    private final Clock clock;

    PersonApi(FamilyCards cards, Clock clock) {
        this.cards = cards;
        this.clock = clock;
    }

    @GetMapping("/{iin}")
    @Operation(summary = "Person by IIN as of a date",
            description = "Birth date, sex, residence status, family and relation on the date. Audited.")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "400", description = "Invalid IIN (field 'iin'), missing or unknown X-Purpose")
    @ApiResponse(responseCode = "403", description = "The caller's role or territory does not allow it")
    @ApiResponse(responseCode = "404", description = "No such person")
    PersonResponse person(
            @AuthenticationPrincipal ShanyraqUser user,
            @Parameter(description = "12-digit IIN with a valid check digit") @PathVariable String iin,
            @Parameter(description = "The date (YYYY-MM-DD); today when omitted")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "Why you read this data")
            @RequestHeader(name = RequestChecks.PURPOSE_HEADER, required = false) String purpose) {
        var checked = RequestChecks.iin(iin);
        Reader reader = Reader.api(user, RequestChecks.purpose(purpose));
        return PersonResponse.of(cards.lookUp(reader, checked, on == null ? LocalDate.now(clock) : on));
    }
}
