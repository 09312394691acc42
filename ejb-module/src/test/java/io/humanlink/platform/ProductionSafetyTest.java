package io.humanlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProductionSafetyTest {

    @Test
    void realShapedTwilioAccountPasses() {
        assertThat(ProductionSafety.twilioProblems("AC0123456789abcdef0123456789abcdef",
                "SKfedcba9876543210fedcba9876543210", "Zx8kq2LmN4pR7sT1vW3yB5dF6gH9jK0a",
                "0123456789abcdef0123456789abcdef")).isEmpty();
    }

    @Test
    void missingTwilioAccountIsRefusedNamingEveryVariable() {
        assertThat(ProductionSafety.twilioProblems(null, " ", null, ""))
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("HUMANLINK_TWILIO_ACCOUNT_SID"))
                .anySatisfy(p -> assertThat(p).contains("HUMANLINK_TWILIO_API_KEY_SID"))
                .anySatisfy(p -> assertThat(p).contains("HUMANLINK_TWILIO_API_KEY_SECRET"))
                .anySatisfy(p -> assertThat(p).contains("HUMANLINK_TWILIO_AUTH_TOKEN"));
    }

    @Test
    void apiKeySecretTooShortToSignHs256IsRefused() {
        assertThat(ProductionSafety.twilioProblems("AC0123456789abcdef0123456789abcdef",
                "SKfedcba9876543210fedcba9876543210", "short", "0123456789abcdef0123456789abcdef"))
                .singleElement().asString().contains("HUMANLINK_TWILIO_API_KEY_SECRET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "test"})
    void theFakeTwilioAccountOfTheDevAndTestProfilesNeverPassesForProduction(String profile) throws IOException {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("..", "config", "profiles", "microprofile-config-" + profile + ".properties"))) {
            values.load(in);
        }

        assertThat(ProductionSafety.twilioProblems(values.getProperty("humanlink.twilio.account-sid"),
                values.getProperty("humanlink.twilio.api-key-sid"), values.getProperty("humanlink.twilio.api-key-secret"),
                values.getProperty("humanlink.twilio.auth-token"))).hasSize(4);
    }

    @Test
    void realShapedStripeAccountPasses() {
        assertThat(ProductionSafety.stripeProblems("sk_live_51HxYzAbCdEf0123456789", "whsec_0123456789abcdefABCDEF",
                "https://api.stripe.com")).isEmpty();
        assertThat(ProductionSafety.stripeProblems("rk_live_51HxYzAbCdEf0123456789", "whsec_0123456789abcdefABCDEF",
                null)).isEmpty();
    }

    @Test
    void missingStripeAccountIsRefusedNamingEveryVariable() {
        assertThat(ProductionSafety.stripeProblems(null, " ", "https://api.stripe.com"))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("HUMANLINK_STRIPE_SECRET_KEY"))
                .anySatisfy(p -> assertThat(p).contains("HUMANLINK_STRIPE_WEBHOOK_SECRET"));
    }

    @Test
    void stripeKeyInTheWrongPlaceIsRefused() {
        assertThat(ProductionSafety.stripeProblems("pk_live_51HxYzAbCdEf0123456789", "whsec_0123456789abcdefABCDEF",
                "https://api.stripe.com")).singleElement().asString().contains("HUMANLINK_STRIPE_SECRET_KEY");
    }

    @Test
    void plainHttpStripeApiBaseIsRefused() {
        assertThat(ProductionSafety.stripeProblems("sk_live_51HxYzAbCdEf0123456789", "whsec_0123456789abcdefABCDEF",
                "http://127.0.0.1:8089/stripe")).singleElement().asString().contains("HUMANLINK_STRIPE_API_BASE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "test"})
    void theFakeStripeKeysOfTheDevAndTestProfilesNeverPassForProduction(String profile) throws IOException {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("..", "config", "profiles", "microprofile-config-" + profile + ".properties"))) {
            values.load(in);
        }

        assertThat(ProductionSafety.stripeProblems(values.getProperty("humanlink.stripe.secret-key"),
                values.getProperty("humanlink.stripe.webhook-secret"), "https://api.stripe.com")).hasSize(2);
    }
}
