package dev.groupbuy.admin.security;

import dev.groupbuy.admin.security.FailedLoginLog.Reason;
import dev.groupbuy.admin.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Lets a request through only with {@code Authorization: Bearer <one of the admin tokens>}. */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final AdminTokens tokens;
    private final AdminTokens readOnlyTokens;
    private final ProblemWriter problems;
    private final FailedLoginLog failures;

    BearerTokenFilter(AdminTokens tokens, AdminTokens readOnlyTokens, ProblemWriter problems, FailedLoginLog failures) {
        this.tokens = tokens;
        this.readOnlyTokens = readOnlyTokens;
        this.problems = problems;
        this.failures = failures;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            reject(
                    request,
                    response,
                    Reason.NO_TOKEN,
                    "Bearer",
                    "this API needs an 'Authorization: Bearer <token>' header");
        } else if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            reject(
                    request,
                    response,
                    Reason.OTHER_SCHEME,
                    "Bearer",
                    "only the Bearer authorization scheme is accepted");
        } else {
            String token = header.substring(SCHEME.length()).strip();
            if (tokens.accepts(token)) {
                request.setAttribute(TokenRole.ATTRIBUTE, TokenRole.OPERATOR);
                chain.doFilter(request, response);
            } else if (readOnlyTokens.accepts(token) && reads(request)) {
                request.setAttribute(TokenRole.ATTRIBUTE, TokenRole.READ_ONLY);
                chain.doFilter(request, response);
            } else if (readOnlyTokens.accepts(token)) {
                log(request, HttpStatus.FORBIDDEN, Reason.READ_ONLY_WRITE);
                problems.write(request, response, HttpStatus.FORBIDDEN, "this token may only read (GET)");
            } else {
                reject(
                        request,
                        response,
                        Reason.UNKNOWN_TOKEN,
                        "Bearer error=\"invalid_token\"",
                        "the bearer token is not valid");
            }
        }
    }

    private void log(HttpServletRequest request, HttpStatus status, Reason reason) {
        failures.refused(status.value(), request.getMethod(), request.getRequestURI(), request.getRemoteAddr(), reason);
    }

    private static boolean reads(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private void reject(
            HttpServletRequest request, HttpServletResponse response, Reason reason, String challenge, String detail)
            throws IOException {
        log(request, HttpStatus.UNAUTHORIZED, reason);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
        problems.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }
}
