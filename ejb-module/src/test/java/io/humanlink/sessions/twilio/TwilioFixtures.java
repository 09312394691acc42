package io.humanlink.sessions.twilio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Twilio account shaped like a real one, and form parameters as JAX-RS hands them over. */
final class TwilioFixtures {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String API_KEY_SID = "SKfedcba9876543210fedcba9876543210";
    static final String API_KEY_SECRET = "k3y-s3cret-of-thirty-two-or-more-chars";
    static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";
    static final String CALLBACK_URL = "https://app.humanlink.test/api/v1/hooks/twilio/video";

    private TwilioFixtures() {
    }

    static TwilioSettings settings() {
        TwilioSettings settings = new TwilioSettings();
        settings.accountSid = Optional.of(ACCOUNT_SID);
        settings.apiKeySid = Optional.of(API_KEY_SID);
        settings.apiKeySecret = Optional.of(API_KEY_SECRET);
        settings.authToken = Optional.of(AUTH_TOKEN);
        settings.statusCallbackUrl = Optional.empty();
        settings.publicUrl = "https://app.humanlink.test";
        return settings;
    }

    /** {@code name, value, name, value, ...} as a form with one value per name, in the given order. */
    static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return form;
    }
}
