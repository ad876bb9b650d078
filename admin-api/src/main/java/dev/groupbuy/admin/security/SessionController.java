package dev.groupbuy.admin.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller's token is, for the web console: it signs in by asking this, and disables the buttons that
 * change something for a read-only token (the API refuses those writes anyway).
 */
@RestController
@Tag(name = "session")
class SessionController {

    private final boolean sandbox;

    SessionController(@Value("${groupbuy.sandbox.enabled:false}") boolean sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * @param role {@code operator} (may change things) or {@code read-only} (may only read)
     * @param sandbox whether the chat sandbox ({@code POST /api/v1/sandbox/messages}) is on
     */
    record Session(String role, boolean readOnly, boolean sandbox) {}

    @Operation(summary = "The role of the bearer token (operator or read-only) and whether the sandbox is on")
    @GetMapping("/api/v1/session")
    Session session(HttpServletRequest request) {
        TokenRole role =
                request.getAttribute(TokenRole.ATTRIBUTE) instanceof TokenRole given ? given : TokenRole.READ_ONLY;
        return new Session(role.wireName(), role == TokenRole.READ_ONLY, sandbox);
    }
}
