package dev.groupbuy.admin.web;

import dev.groupbuy.core.deal.DealStateException;
import dev.groupbuy.core.group.DuplicateGroupException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 7807 problem JSON with a message that says what to fix; never a stack trace, and
 * never a 500 for bad input. Spring MVC's own failures (404, 405, 415, ...) come from the superclass.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DuplicateGroupException.class)
    ProblemDetail duplicateGroup(DuplicateGroupException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(DealStateException.class)
    ProblemDetail dealState(DealStateException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyRefusedException refused = refusal(ex, request);
        if (refused != null) {
            if (refused.status() == HttpStatus.SERVICE_UNAVAILABLE) {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
            }
            ProblemDetail body = ProblemDetail.forStatusAndDetail(refused.status(), refused.getMessage());
            return handleExceptionInternal(ex, body, headers, refused.status(), request);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, JsonReadProblems.describe(ex));
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> fields = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .toList();
        List<Map<String, String>> errors = fields.stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        String detail = fields.isEmpty()
                ? "the request body is invalid"
                : fields.stream()
                        .map(e -> "field '" + e.getField() + "' " + e.getDefaultMessage())
                        .collect(Collectors.joining("; "));
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "a parameter" : "'" + ex.getPropertyName() + "'";
        String expected = ex.getRequiredType() == null
                ? "another type"
                : ex.getRequiredType().getSimpleName();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(
                status, name + " has the value '" + ex.getValue() + "', which is not a valid " + expected);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    private static BodyRefusedException refusal(Throwable ex, WebRequest request) {
        Object refused = request.getAttribute(CappedBodyRequest.REFUSED, RequestAttributes.SCOPE_REQUEST);
        return refused instanceof BodyRefusedException e ? e : JsonReadProblems.find(ex, BodyRefusedException.class);
    }
}
