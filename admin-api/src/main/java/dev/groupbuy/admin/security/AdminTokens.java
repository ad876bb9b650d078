package dev.groupbuy.admin.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/** A set of bearer tokens (possibly empty), compared in constant time. */
public final class AdminTokens {

    private final List<byte[]> digests;

    public AdminTokens(List<String> tokens) {
        this.digests = tokens.stream().map(AdminTokens::digest).toList();
    }

    /**
     * Whether {@code candidate} is one of the tokens. Compares digests of equal length with
     * {@link MessageDigest#isEqual} and checks every token, so the time taken says nothing about how
     * much of a token matched or which one.
     */
    public boolean accepts(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        byte[] given = digest(candidate);
        boolean accepted = false;
        for (byte[] known : digests) {
            accepted |= MessageDigest.isEqual(known, given);
        }
        return accepted;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
