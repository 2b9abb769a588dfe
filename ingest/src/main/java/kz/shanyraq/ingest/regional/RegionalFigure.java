package kz.shanyraq.ingest.regional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One published quarterly figure of a region.
 *
 * @param source       where it comes from (registry tables, or the official publication)
 * @param computedAt   when it was computed or loaded
 * @param computedFrom how: which data and how many families (computed), which batch by whom (official)
 * @param families     families the computed figure rests on; {@code null} for an official one
 */
public record RegionalFigure(RegionalSeries series, String regionCode, Quarter period, BigDecimal value,
                             Provenance provenance, String source, OffsetDateTime computedAt, String computedFrom,
                             Integer families) {
}
