package kz.shanyraq.app.casework;

import kz.shanyraq.app.familycard.AccessRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The case API's errors as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = {CaseApi.class, PayrollApi.class, DecisionDocumentApi.class})
class CaseProblems {

    @ExceptionHandler(InvalidCaseInputException.class)
    ProblemDetail invalid(InvalidCaseInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(CaseRefusedException.class)
    ProblemDetail refused(CaseRefusedException e) {
        boolean role = e.reason().equals("role-not-allowed");
        ProblemDetail p = ProblemDetail.forStatusAndDetail(role ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT,
                e.getMessage());
        p.setTitle(role ? "Not your role" : "Not allowed in this state of the case");
        p.setProperty("reason", e.reason());
        return p;
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail conflict(ConcurrentChangeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Changed by someone else");
        p.setProperty("reason", "concurrent-change");
        return p;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail accessRefused(AccessRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "outside-territory".equals(e.reason()) ? "This family lives outside your territory. The attempt was "
                        + "recorded." : "Access refused. The attempt was recorded.");
        p.setTitle("Access refused");
        p.setProperty("reason", e.reason());
        return p;
    }
}
