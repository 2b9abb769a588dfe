/**
 * Analytics for the analyst role: aggregates only, never a person. The figures catalogue ({@link
 * kz.shanyraq.app.analytics.Figure}: one definition per figure, its source tables and its date) computed by {@link
 * kz.shanyraq.app.analytics.Figures} from the published national recompute runs (captured per month by {@link
 * kz.shanyraq.app.analytics.MonthlyCapture}) and the proactive and labour tables; the national and regional
 * dashboards, the map of the 20 regions, the monthly report (PDF, XLSX) and the REST API all read it. Small cells
 * are hidden by the one rule ({@link kz.shanyraq.app.recompute.Distribution#hidden}). Simulation of a law change on
 * every family ({@link kz.shanyraq.app.analytics.Simulations}, the batch engine through the recompute module).
 */
package kz.shanyraq.app.analytics;
