package kz.shanyraq.app.web.api;

import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.law.family.Iin;

/** Checks of API input shared by the endpoints: the declared purpose and IINs. */
final class RequestChecks {

    static final String PURPOSE_HEADER = "X-Purpose";

    private RequestChecks() {
    }

    static Purpose purpose(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidRequestException(PURPOSE_HEADER, "header " + PURPOSE_HEADER
                    + " is required: why you read this person's data (one of " + Purpose.codes() + ")");
        }
        return Purpose.byCode(header.trim()).orElseThrow(() -> new InvalidRequestException(PURPOSE_HEADER,
                "unknown purpose '" + header.trim() + "' (expected one of " + Purpose.codes() + ")"));
    }

    static Iin iin(String value) {
        String problem = Iin.problem(value);
        if (problem != null) {
            throw new InvalidRequestException("iin", problem);
        }
        return new Iin(value);
    }
}
