package io.humanlink.billing.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeSettingsTest {

    @Test
    void apiBaseLosesTrailingSlashesSoTheSdkCanAppendItsPaths() {
        StripeSettings settings = StripeFixtures.settings("http://127.0.0.1:8089/stripe//");

        assertThat(settings.apiBase()).isEqualTo("http://127.0.0.1:8089/stripe");
    }

    @Test
    void blankApiBaseMeansStripe() {
        assertThat(StripeFixtures.settings(" ").apiBase()).isEqualTo("https://api.stripe.com");
    }

    @Test
    void usingAMissingSecretNamesTheVariableToSet() {
        StripeSettings settings = StripeFixtures.settings(StripeSettings.DEFAULT_API_BASE);
        settings.webhookSecret = Optional.empty();

        assertThatThrownBy(settings::webhookSecret).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("humanlink.stripe.webhook-secret")
                .hasMessageContaining("HUMANLINK_STRIPE_WEBHOOK_SECRET");
    }

    @Test
    void toleranceOfZeroIsRefusedBecauseTheSdkWouldAcceptAnyAge() {
        StripeSettings settings = StripeFixtures.settings(StripeSettings.DEFAULT_API_BASE);
        settings.webhookTolerance = Duration.ZERO;

        assertThatThrownBy(settings::webhookTolerance).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HUMANLINK_STRIPE_WEBHOOK_TOLERANCE");
    }
}
