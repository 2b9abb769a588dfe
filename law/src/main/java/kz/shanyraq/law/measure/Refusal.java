package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.Text;

/** No right: {@code condition} names the condition that failed and {@code reason} says it for people. */
public record Refusal(String measure, String beneficiary, String condition, Text reason, Explanation explanation)
        implements Decision {
}
