/**
 * What the law gives a family on a date: every measure of {@link kz.shanyraq.law.measure.Measures#all()} evaluated
 * with its explanation (norm, conditions, parameters with dates and sources, steps, rounding).
 */
package kz.shanyraq.app.entitlements;
