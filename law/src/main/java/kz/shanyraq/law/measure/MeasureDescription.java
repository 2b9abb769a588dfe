package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.Text;

/**
 * What a measure is: its stable id, its name for people, who pays it, how it is paid, and the parameter whose
 * legal reference is its norm on a date.
 */
public record MeasureDescription(String id, Text title, Financing financing, Payment payment, String normParameter) {
}
