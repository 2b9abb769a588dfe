package kz.shanyraq.app.labour;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The labour API's refusals as RFC 9457 problem details with a {@code reason}. */
@RestControllerAdvice(assignableTypes = {LabourApi.class, InspectorateApi.class})
class LabourProblems {

    @ExceptionHandler(LabourRefusedException.class)
    ProblemDetail refused(LabourRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        p.setTitle(e.status() == 403 ? "Access refused" : e.status() == 404 ? "Not found" : "Invalid request");
        p.setProperty("reason", e.reason());
        return p;
    }
}
