package kz.shanyraq.app.analytics;

import java.util.List;
import java.util.Map;

/**
 * A dashboard: the month's figures for the filter, the same figures per region (or per district of the chosen
 * region) and the series over every month with figures. Only published values (small cells hidden).
 *
 * @param months      the months one may choose (YYYY-MM)
 * @param territories region code (or district id) → figures; "" for families without an address
 * @param series      month (YYYY-MM) → figures
 */
public record Dashboard(String month, java.time.LocalDate asOf, AnalyticsFilter filter, List<String> months,
                        FigureSet figures, Map<String, FigureSet> territories, Map<String, FigureSet> series) {
}
