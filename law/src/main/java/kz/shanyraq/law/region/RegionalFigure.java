package kz.shanyraq.law.region;

import kz.shanyraq.law.parameter.SourceLocation;
import kz.shanyraq.law.parameter.SourceStatus;

import java.math.BigDecimal;
import java.util.List;

/**
 * One regional figure (₸ per person per month) with where it comes from.
 *
 * @param region ISO 3166-2:KZ code, or {@link Regions#NATIONAL}
 * @param value the figure, or {@code null} for a recorded gap (the figure is not known to us)
 * @param provenance official, operator, computed or synthetic
 * @param status how well the figure is sourced (the legend of legal-parameters.md)
 * @param note what the figure is, or for a gap what is missing and where to look
 */
public record RegionalFigure(
        FigureKind kind,
        String region,
        FigurePeriod period,
        BigDecimal value,
        Provenance provenance,
        SourceStatus status,
        List<String> sources,
        String note,
        SourceLocation location) {

    public RegionalFigure {
        sources = List.copyOf(sources);
    }

    public boolean known() {
        return value != null;
    }

    /** E.g. {@code regional subsistence minimum KZ-59 2025-Q3}. */
    public String describe() {
        return kind.describe(region, period);
    }

    /** One line for explanations: provenance, status, sources and the file it was read from. */
    public String origin() {
        return provenance.label().en() + "; " + status.code()
                + (sources.isEmpty() ? "" : "; sources " + String.join(", ", sources)) + " (" + location + ")";
    }
}
