package kz.shanyraq.ingest;

import kz.shanyraq.law.explain.Text;


/**
 * One reason a batch was refused.
 *
 * @param line    CSV: the physical line where the record starts (the header is line 1); JSON: the index of the
 *                record in the top-level array (0-based); 0 when the error concerns the whole batch
 * @param field   CSV: the column name; JSON: the path of the value, e.g. {@code $[3].iin}; for a whole-batch error
 *                the name of what is wrong ({@code batch_id}, {@code file})
 * @param reason  what kind of error, stable for programs
 * @param message what is wrong, for people, in Russian, Kazakh and English. Messages never repeat an IIN: the line
 *                and field point to it, and error reports end up in logs.
 */
public record ImportError(int line, String field, Reason reason, Text message) {

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ", " : "") + field + ": " + reason.code() + ": " + message.en();
    }

    /** Kinds of error. The code is what the REST API and reports show. */
    public enum Reason {
        MALFORMED_FILE("malformed-file"),
        EMPTY_BATCH("empty-batch"),
        TOO_MANY_RECORDS("too-many-records"),
        UNKNOWN_FIELD("unknown-field"),
        MISSING_COLUMN("missing-column"),
        REQUIRED("required"),
        WRONG_TYPE("wrong-type"),
        INVALID_IIN("invalid-iin"),
        INVALID_BIN("invalid-bin"),
        IIN_BIRTH_DATE_MISMATCH("iin-birth-date-mismatch"),
        IIN_SEX_MISMATCH("iin-sex-mismatch"),
        INVALID_DATE("invalid-date"),
        INVALID_MONTH("invalid-month"),
        INVALID_QUARTER("invalid-quarter"),
        DATE_IN_FUTURE("date-in-future"),
        PERIOD_REVERSED("period-reversed"),
        BEFORE_BIRTH("before-birth"),
        INVALID_NUMBER("invalid-number"),
        NEGATIVE_AMOUNT("negative-amount"),
        OUT_OF_RANGE("out-of-range"),
        UNKNOWN_CODE("unknown-code"),
        INVALID_TEXT("invalid-text"),
        UNKNOWN_REGION("unknown-region"),
        UNKNOWN_DISTRICT("unknown-district"),
        DISTRICT_OUTSIDE_REGION("district-outside-region"),
        UNKNOWN_PERSON("unknown-person"),
        UNKNOWN_FAMILY("unknown-family"),
        UNKNOWN_ENTERPRISE("unknown-enterprise"),
        UNKNOWN_INSPECTION("unknown-inspection"),
        SAME_PERSON("same-person"),
        NOT_FEMALE("not-female"),
        INCONSISTENT("inconsistent"),
        DUPLICATE_KEY("duplicate-key"),
        OVERLAPPING_PERIOD("overlapping-period"),
        INVALID_BATCH_ID("invalid-batch-id"),
        BATCH_ID_REUSED("batch-id-reused");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
