package dev.groupbuy.core.signup;

/**
 * Port: a counter per deal that moves on with every committed change to the deal's orders, its sign-up
 * ledger or its status. An instance that remembers a deal's state at version {@code v} may reuse it as long
 * as the stored version is still {@code v}; several instances stay correct because each one checks.
 *
 * <p>Whoever changes a deal's orders or ledger must {@link #advance} its version in the same transaction;
 * {@code DealRepository.changeStatus} advances it itself.
 */
public interface DealVersions {

    /** The deal's version as stored; 0 for a deal nobody changed yet. */
    long current(long dealId);

    /**
     * Moves the deal from {@code expected} to {@code expected + 1} within the current transaction.
     *
     * @return false when the stored version is not {@code expected} any more (someone changed the deal)
     */
    boolean advance(long dealId, long expected);
}
