package kz.shanyraq.app.recompute;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The recompute API's refusals and missing results as RFC 9457 problem details with a {@code reason}. */
@RestControllerAdvice(assignableTypes = RecomputeApi.class)
class RecomputeProblems {

    @ExceptionHandler(OutsideTerritoryException.class)
    ProblemDetail refused(OutsideTerritoryException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Access refused");
        p.setProperty("reason", e.reason());
        return p;
    }

    @ExceptionHandler(RunResultsException.class)
    ProblemDetail noResults(RunResultsException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("No results");
        p.setProperty("reason", e.reason());
        return p;
    }
}
