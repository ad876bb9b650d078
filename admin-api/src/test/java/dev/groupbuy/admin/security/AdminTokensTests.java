package dev.groupbuy.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminTokensTests {

    private final AdminTokens tokens = new AdminTokens(List.of("alpha-token", "beta-token"));

    @Test
    void acceptsEachTokenExactly() {
        assertThat(tokens.accepts("alpha-token")).isTrue();
        assertThat(tokens.accepts("beta-token")).isTrue();
    }

    @Test
    void refusesPrefixesExtensionsCaseChangesAndNothing() {
        assertThat(tokens.accepts("alpha")).isFalse();
        assertThat(tokens.accepts("alpha-token2")).isFalse();
        assertThat(tokens.accepts("ALPHA-TOKEN")).isFalse();
        assertThat(tokens.accepts("")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
    }

    @Test
    void anEmptySetAcceptsNoToken() {
        assertThat(new AdminTokens(List.of()).accepts("anything")).isFalse();
    }
}
