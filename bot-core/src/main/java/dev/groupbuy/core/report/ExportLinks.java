package dev.groupbuy.core.report;

import java.time.Instant;

/** Port: issues a download link for a deal's workbook that works without a token until it expires. */
public interface ExportLinks {

    Link issue(long dealId);

    record Link(String url, Instant expiresAt) {}
}
