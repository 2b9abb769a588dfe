package kz.shanyraq.app.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.familycard.FamilyCard;
import kz.shanyraq.app.familycard.FamilyCards;
import kz.shanyraq.app.familycard.Reader;
import kz.shanyraq.app.recompute.FamilyCategories;
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
@RequestMapping("/api/families")
@Tag(name = "Families", description = "The family card: members, facts and entitlements as of a date")
@SecurityRequirement(name = "basic")
class FamilyApi {

    private final FamilyCards cards;
    private final Clock clock;
    private final FamilyCategories categories;

    FamilyApi(FamilyCards cards, Clock clock, FamilyCategories categories) {
        this.cards = cards;
        this.clock = clock;
        this.categories = categories;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Family card as of a date",
            description = "Members on the date, facts over time, incomes by month, and every measure of the law "
                    + "evaluated for the date: entitlements with amounts, refusals and undetermined results, each "
                    + "with its explanation (norm, conditions, parameters with dates and sources, steps, rounding); the "
                    + "family's well-being (2025 category and 2023 level of the reference methodologies with each "
                    + "criterion's value and points and the deciding rule, the published national run's category, "
                    + "transitions across runs). Local-budget measures are refused to category 6. "
                    + "Refused (403) outside the caller's territory or role; every read and refusal is audited.")
    @ApiResponse(responseCode = "200", description = "The card")
    @ApiResponse(responseCode = "400", description = "Missing or unknown X-Purpose, or a malformed date")
    @ApiResponse(responseCode = "403", description = "The caller's role or territory does not allow it")
    @ApiResponse(responseCode = "404", description = "No such family")
    FamilyCardResponse family(
            @AuthenticationPrincipal ShanyraqUser user,
            @PathVariable long id,
            @Parameter(description = "The date (YYYY-MM-DD); today when omitted")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "Why you read this data: "
                    + "application-review, entitlement-check, case-work, hard-life-situation, complaint-review, "
                    + "data-quality")
            @RequestHeader(name = RequestChecks.PURPOSE_HEADER, required = false) String purpose) {
        Reader reader = Reader.api(user, RequestChecks.purpose(purpose));
        FamilyCard card = cards.open(reader, id, on == null ? LocalDate.now(clock) : on);
        return FamilyCardResponse.of(card, categories.of(card));
    }
}
