package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.Errors;

/** A rule on one record that needs more than one field or what the registry knows (IIN against birth date…). */
@FunctionalInterface
public interface RowCheck {
    void check(Row row, BatchContext context, Errors errors);
}
