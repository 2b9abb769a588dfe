package kz.shanyraq.law.explain;

import java.math.BigDecimal;

/** An intermediate value of a calculation, with the formula that produced it. */
public record Step(String name, Text label, String formula, BigDecimal value) {
}
