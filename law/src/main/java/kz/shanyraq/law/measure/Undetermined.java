package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.Text;

/** The law needs a value we do not hold (an unknown parameter): no amount is given rather than a guess. */
public record Undetermined(String measure, String beneficiary, String parameter, Text reason, Explanation explanation)
        implements Decision {
}
