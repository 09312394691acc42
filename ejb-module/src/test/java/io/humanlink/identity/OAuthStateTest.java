package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OAuthStateTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final OAuthState state = new OAuthState("state-1", IdentityProvider.X, "verifier", "the-binding", NOW,
            NOW.plusSeconds(600));

    @Test
    void theBindingItWasIssuedWithIsAccepted() {
        assertThat(state.isBoundTo("the-binding")).isTrue();
    }

    @Test
    void aMissingOrDifferentBindingIsRefused() {
        assertThat(state.isBoundTo(null)).isFalse();
        assertThat(state.isBoundTo("")).isFalse();
        assertThat(state.isBoundTo("the-binding ")).isFalse();
        assertThat(state.isBoundTo("another-binding")).isFalse();
    }

    @Test
    void theStateItselfIsNotTheBinding() {
        // The state travels in URLs; knowing it must not be enough.
        assertThat(state.isBoundTo("state-1")).isFalse();
    }

    @Test
    void aStateIsValidOnlyForItsProviderUntilItExpires() {
        assertThat(state.isValidFor(IdentityProvider.X, NOW.plusSeconds(599))).isTrue();
        assertThat(state.isValidFor(IdentityProvider.X, NOW.plusSeconds(600))).isFalse();
        assertThat(state.isValidFor(IdentityProvider.GOOGLE, NOW)).isFalse();
    }
}
