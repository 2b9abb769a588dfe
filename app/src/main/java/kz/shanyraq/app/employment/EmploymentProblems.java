package kz.shanyraq.app.employment;

import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.ingest.BatchRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** The employment API's errors as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = EmploymentApi.class)
class EmploymentProblems {

    @ExceptionHandler(InvalidEmploymentInputException.class)
    ProblemDetail invalid(InvalidEmploymentInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(EmploymentRefusedException.class)
    ProblemDetail refused(EmploymentRefusedException e) {
        boolean role = e.reason().equals("role-not-allowed");
        ProblemDetail p = ProblemDetail.forStatusAndDetail(role ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT,
                e.getMessage());
        p.setTitle(role ? "Not your role" : "Refused");
        p.setProperty("reason", e.reason());
        if (e.norm() != null) {
            p.setProperty("norm", e.norm());
        }
        return p;
    }

    @ExceptionHandler(EmploymentNotFoundException.class)
    ProblemDetail notFound(EmploymentNotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(BatchRejectedException.class)
    ProblemDetail rejected(BatchRejectedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "File refused: " + e.total() + " error(s); nothing was written");
        p.setProperty("errorCount", e.total());
        p.setProperty("errors", e.errors().stream().map(x -> Map.of("line", x.line(),
                "field", x.field() == null ? "" : x.field(), "reason", x.reason().code(),
                "message", x.message().en())).toList());
        return p;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail accessRefused(AccessRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The person lives outside your territory. The attempt was recorded.");
        p.setTitle("Access refused");
        p.setProperty("reason", e.reason());
        return p;
    }
}
