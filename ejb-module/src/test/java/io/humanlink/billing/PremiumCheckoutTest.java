package io.humanlink.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PremiumCheckoutTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aCheckoutLivesAtLeastAsLongAsStripeAccepts() {
        assertThat(PremiumCheckout.checkoutExpiry(now.plus(Duration.ofMinutes(30)), now))
                .isEqualTo(now.plus(Duration.ofMinutes(31)));
    }

    @Test
    void aLongerHoldIsTheCheckoutsExpiry() {
        assertThat(PremiumCheckout.checkoutExpiry(now.plus(Duration.ofHours(2)), now))
                .isEqualTo(now.plus(Duration.ofHours(2)));
    }
}
