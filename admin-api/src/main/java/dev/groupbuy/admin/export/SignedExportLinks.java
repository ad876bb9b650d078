package dev.groupbuy.admin.export;

import dev.groupbuy.core.report.ExportLinks;

/** Download links under {@code groupbuy.public-url}: {@code <public url>/exports/<signed token>}. */
final class SignedExportLinks implements ExportLinks {

    private final ExportTokens tokens;
    private final String publicUrl;

    SignedExportLinks(ExportTokens tokens, String publicUrl) {
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public Link issue(long dealId) {
        ExportTokens.Issued issued = tokens.issue(dealId);
        return new Link(publicUrl + "/exports/" + issued.token(), issued.expiresAt());
    }
}
