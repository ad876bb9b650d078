package dev.groupbuy.core.signup;

/** A deal's merge state for one group, as of a version of the deal (see {@link DealVersions}). */
record VersionedState(long version, DealState state) {}
