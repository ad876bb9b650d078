package dev.groupbuy.adapters.persistence.signup;

import dev.groupbuy.adapters.testing.H2Store;

@H2Store
class H2SignUpLedgerIntegrationTests extends SignUpLedgerContract {}
