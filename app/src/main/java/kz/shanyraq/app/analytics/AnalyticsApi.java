package kz.shanyraq.app.analytics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Analytics", description = "The ministry's figures for analysts: aggregates only, never a person; counts "
        + "of 1–4 (and what derives from them) are hidden (value null, hidden true)")
@SecurityRequirement(name = "basic")
class AnalyticsApi {

    private final Dashboards dashboards;
    private final Figures figures;
    private final MessageSource messages;

    private final Calibration calibration;

    AnalyticsApi(Dashboards dashboards, Figures figures, MessageSource messages, Calibration calibration) {
        this.calibration = calibration;
        this.dashboards = dashboards;
        this.figures = figures;
        this.messages = messages;
    }

    /** One figure of the catalogue. */
    record FigureDefinition(String id, String unit, List<String> sources, String dated, boolean filteredByFamily,
                            String definition) {
    }

    @GetMapping("/figures")
    @Operation(summary = "The figures catalogue", description = "Every figure with its definition (in the "
            + "request's language), its source tables, how it is dated (as of the recompute run's date, or over the "
            + "calendar month) and whether the urban/rural and category filters apply to it.")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    @ApiResponse(responseCode = "403", description = "Not an analyst, operator or administrator (role-not-allowed)")
    List<FigureDefinition> catalogue(@AuthenticationPrincipal ShanyraqUser user, Locale locale) {
        AnalyticsAccess.require(user);
        return Arrays.stream(Figure.values()).map(f -> new FigureDefinition(f.id(), f.unit(), f.sources(),
                f.dated().name().toLowerCase(Locale.ROOT), f.byFamilyFeatures(),
                messages.getMessage("analytics.figure." + f.id() + ".definition", null, locale))).toList();
    }

    @GetMapping("/months")
    @Operation(summary = "Months with figures", description = "Each month with a captured national recompute run "
            + "(the latest run of the month), oldest first.")
    List<Figures.Month> months(@AuthenticationPrincipal ShanyraqUser user) {
        AnalyticsAccess.require(user);
        return figures.months();
    }

    @GetMapping("/dashboard")
    @Operation(summary = "A dashboard's figures", description = "Every figure for the month and filter, the same "
            + "figures per region (or per district of the chosen region) and per month since the data begins.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "A filter is not valid (reason invalid-<field>)")
    @ApiResponse(responseCode = "403", description = "Not an analyst, operator or administrator (role-not-allowed)")
    @ApiResponse(responseCode = "404", description = "The month has no figures (not-found)")
    Dashboard dashboard(@AuthenticationPrincipal ShanyraqUser user,
                        @Parameter(description = "YYYY-MM (default: the latest month)") @RequestParam(required = false) String month,
                        @Parameter(description = "KZ-NN") @RequestParam(required = false) String region,
                        @Parameter(description = "KZ-NN-nn") @RequestParam(required = false) String district,
                        @Parameter(description = "urban or rural") @RequestParam(required = false) String locality,
                        @Parameter(description = "1–6, 0 for none") @RequestParam(required = false) Integer category) {
        AnalyticsAccess.require(user);
        return dashboards.of(user, month, AnalyticsFilter.of(region, district, locality, category));
    }

    @GetMapping("/map")
    @Operation(summary = "One figure per region (the map)", description = "The figure (families, recipients, "
            + "money, average-amount, coverage, category-share, sms-sent …) for each of the 20 regions; key: the "
            + "measure id (recipients, money, average-amount, coverage) or the category 0–6 (category-share).")
    @ApiResponse(responseCode = "400", description = "Unknown figure (invalid-figure) or filter")
    Map<String, Value> map(@AuthenticationPrincipal ShanyraqUser user,
                           @RequestParam(required = false) String month,
                           @RequestParam(defaultValue = "families") String figure,
                           @RequestParam(required = false) String key,
                           @RequestParam(required = false) String locality,
                           @RequestParam(required = false) Integer category) {
        AnalyticsAccess.require(user);
        return dashboards.map(user, month, figure(figure), key, AnalyticsFilter.of(null, null, locality, category));
    }

    @GetMapping("/calibration")
    @Operation(summary = "The synthetic country beside the published figures", description = "Per measure: "
            + "recipients and money scaled to the whole country (1 / the generated scale), the ministry's published "
            + "figures (seed 000) and the difference in percent.")
    Calibration.Table calibration(@AuthenticationPrincipal ShanyraqUser user,
                                  @RequestParam(required = false) String month) {
        return calibration.of(user, month);
    }

    static Figure figure(String id) {
        try {
            return Figure.byId(id);
        } catch (IllegalArgumentException e) {
            throw AnalyticsRefusedException.invalid("figure", e.getMessage());
        }
    }
}
