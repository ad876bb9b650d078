package dev.groupbuy.adapters.persistence.signup;

import dev.groupbuy.core.signup.SignUpLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sign-up ledger in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class SignUpPersistenceConfiguration {

    @Bean
    SignUpLedger signUpLedger(SignUpLineMapper lines) {
        return new SignUpLedgerPersistenceAdapter(lines);
    }
}
