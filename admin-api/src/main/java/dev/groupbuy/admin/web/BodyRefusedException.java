package dev.groupbuy.admin.web;

import java.io.IOException;
import org.springframework.http.HttpStatus;

/** Reading a request body was stopped: too large (413), too slow (408), or too many at once (503). */
final class BodyRefusedException extends IOException {

    private final HttpStatus status;

    BodyRefusedException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static BodyRefusedException tooLarge(long maxBytes) {
        return new BodyRefusedException(
                HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than the limit of " + maxBytes + " bytes");
    }
}
