package kz.shanyraq.law.parameter;

import kz.shanyraq.law.explain.Text;

import java.time.LocalDate;
import java.util.List;

/** A legal parameter and its whole history: contiguous, non-overlapping versions (checked at load). */
public record Parameter(String name, Text title, Unit unit, String keyedBy, List<ParameterVersion> versions) {

    public Parameter {
        versions = List.copyOf(versions);
    }

    /** The version in force on a day, if our history covers it. */
    public ParameterVersion versionOn(LocalDate day) {
        // Versions are sorted and contiguous: binary search on the start date.
        int lo = 0;
        int hi = versions.size() - 1;
        ParameterVersion found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            ParameterVersion v = versions.get(mid);
            if (v.from().isAfter(day)) {
                hi = mid - 1;
            } else {
                found = v;
                lo = mid + 1;
            }
        }
        return found != null && found.covers(day) ? found : null;
    }
}
