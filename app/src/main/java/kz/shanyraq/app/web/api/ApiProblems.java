package kz.shanyraq.app.web.api;

import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.familycard.NotInRegistryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as an RFC 9457 problem detail; input errors name the field in {@code field}. */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, switch (e.reason()) {
            case "outside-territory" -> "This family lives outside your territory. The attempt was recorded.";
            case "role-without-personal-data" -> "Your role does not read personal data. The attempt was recorded.";
            case "no-territory" -> "This person belongs to no family in a territory; only national staff may read "
                    + "them. The attempt was recorded.";
            default -> "Access refused. The attempt was recorded.";
        });
        p.setTitle("Access refused");
        p.setProperty("reason", e.reason());
        return p;
    }

    @ExceptionHandler(NotInRegistryException.class)
    ProblemDetail notFound(NotInRegistryException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not in the registry");
        p.setProperty("what", e.what());
        return p;
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role may not do this.");
        p.setTitle("Access refused");
        p.setProperty("reason", "role-not-allowed");
        return p;
    }

    /** Anything else is our fault: logged with its cause, answered without internals. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to answer; the error is logged.");
        p.setTitle("Internal error");
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "invalid value '" + e.getValue() + "' for '" + field + "'"
                        + ("on".equals(field) ? " (expected a date YYYY-MM-DD)" : ""));
        p.setTitle("Invalid request");
        p.setProperty("field", field);
        return handleExceptionInternal(e, p, headers, HttpStatus.BAD_REQUEST, request);
    }
}
