package kz.shanyraq.law.explain;

import java.math.BigDecimal;

/** How the final amount was rounded to whole tenge, and which parameter says so. */
public record RoundingUse(String rule, String parameter, BigDecimal before, long after) {
}
