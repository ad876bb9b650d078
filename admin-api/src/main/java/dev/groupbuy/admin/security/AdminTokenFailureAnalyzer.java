package dev.groupbuy.admin.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints an {@link AdminTokenException} as Spring Boot's short "APPLICATION FAILED TO START" report. */
final class AdminTokenFailureAnalyzer extends AbstractFailureAnalyzer<AdminTokenException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminTokenException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
