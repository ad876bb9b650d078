package dev.groupbuy.admin.platform;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The answers platform endpoints give a request they refuse; nothing was stored for it. */
public final class PlatformProblems {

    private PlatformProblems() {}

    public static ErrorResponseException unauthorized(String detail) {
        return problem(HttpStatus.UNAUTHORIZED, detail);
    }

    public static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, detail);
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
