package dev.groupbuy.admin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request body to the {@link WebLimits}: refuses one over the size limit with 413 at once when
 * {@code Content-Length} says so, and otherwise reads it through a {@link CappedBodyRequest} (the exception
 * handler turns its refusals into 413, 408 or 503).
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final WebLimits limits;
    private final BodyReaders readers;
    private final ProblemWriter problems;

    BodySizeLimitFilter(WebLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.readers = new BodyReaders(limits.maxBodyReaders());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            BodyRefusedException tooLarge = BodyRefusedException.tooLarge(limits.maxBodyBytes());
            problems.write(request, response, tooLarge.status(), tooLarge.getMessage());
            return;
        }
        CappedBodyRequest capped = new CappedBodyRequest(request, limits, readers);
        try {
            chain.doFilter(capped, response);
        } finally {
            capped.finish();
        }
    }
}
