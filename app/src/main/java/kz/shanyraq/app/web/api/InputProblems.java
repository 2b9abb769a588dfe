package kz.shanyraq.app.web.api;

import kz.shanyraq.app.web.BodyLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.io.UncheckedIOException;

/**
 * Bodies the server will not take, for every controller: too large (413) or beyond the JSON limits (nesting depth,
 * string and number length: 422), whatever endpoint read them. Other unreadable JSON stays a 400.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InputProblems {

    @ExceptionHandler(BodyLimits.BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyLimits.BodyTooLargeException e) {
        return tooLargeAnswer(e);
    }

    @ExceptionHandler(UncheckedIOException.class)
    ResponseEntity<ProblemDetail> unreadable(UncheckedIOException e) {
        if (causedBy(e, BodyLimits.BodyTooLargeException.class) != null) {
            return tooLargeAnswer(e);
        }
        throw e;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> notReadable(HttpMessageNotReadableException e) {
        if (causedBy(e, BodyLimits.BodyTooLargeException.class) != null) {
            return tooLargeAnswer(e);
        }
        Throwable limit = causedBy(e, tools.jackson.core.exc.StreamConstraintsException.class);
        if (limit == null) {
            limit = causedBy(e, com.fasterxml.jackson.core.exc.StreamConstraintsException.class);
        }
        if (limit != null) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    "The JSON body exceeds the server's limits: " + firstLine(limit.getMessage()));
            p.setTitle("JSON beyond limits");
            p.setProperty("field", "$");
            return ResponseEntity.unprocessableContent().body(p);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not readable JSON of "
                + "the expected shape: " + firstLine(e.getMostSpecificCause().getMessage()));
        p.setTitle("Invalid request");
        p.setProperty("field", "$");
        return ResponseEntity.badRequest().body(p);
    }

    private static ResponseEntity<ProblemDetail> tooLargeAnswer(Throwable e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The body is larger than this endpoint takes: " + causedBy(e, BodyLimits.BodyTooLargeException.class)
                        .getMessage());
        p.setTitle("Content too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close").body(p);
    }

    private static Throwable causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
