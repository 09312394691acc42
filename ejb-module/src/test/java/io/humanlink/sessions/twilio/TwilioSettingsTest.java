package io.humanlink.sessions.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TwilioSettingsTest {

    @Test
    void statusCallbackUrlDefaultsToTheHookUnderThePublicUrl() {
        TwilioSettings settings = TwilioFixtures.settings();
        settings.publicUrl = "https://app.humanlink.test/";

        assertThat(settings.statusCallbackUrl()).isEqualTo("https://app.humanlink.test/api/v1/hooks/twilio/video");
    }

    @Test
    void explicitStatusCallbackUrlWins() {
        TwilioSettings settings = TwilioFixtures.settings();
        settings.statusCallbackUrl = Optional.of("https://edge.humanlink.test/twilio/video");

        assertThat(settings.statusCallbackUrl()).isEqualTo("https://edge.humanlink.test/twilio/video");
    }

    @Test
    void usingAMissingSecretNamesTheVariableToSet() {
        TwilioSettings settings = TwilioFixtures.settings();
        settings.authToken = Optional.of("  ");

        assertThatThrownBy(settings::authToken).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("humanlink.twilio.auth-token").hasMessageContaining("HUMANLINK_TWILIO_AUTH_TOKEN");
    }
}
