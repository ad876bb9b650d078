package dev.groupbuy.adapters.persistence.signup;

import dev.groupbuy.adapters.testing.MariaDbStore;

@MariaDbStore
class MariaDbSignUpLedgerIntegrationTests extends SignUpLedgerContract {}
