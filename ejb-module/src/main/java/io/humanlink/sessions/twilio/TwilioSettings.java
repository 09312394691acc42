package io.humanlink.sessions.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Our Twilio account, from MicroProfile Config ({@code humanlink.twilio.*}). The SIDs and secrets have no defaults:
 * the dev and test profiles carry obviously fake ones, and {@link io.humanlink.platform.ProductionSafety} refuses a
 * prod start without real ones. Read lazily so that a server without Twilio still deploys; using a missing value fails
 * with the name of the setting to provide.
 */
@ApplicationScoped
public class TwilioSettings {

    /** Where the API answers on the public URL; Twilio signs the callback with exactly this URL. */
    static final String HOOK_PATH = "/api/v1/hooks/twilio/video";

    @Inject
    @ConfigProperty(name = "humanlink.twilio.account-sid")
    Optional<String> accountSid;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.api-key-sid")
    Optional<String> apiKeySid;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.api-key-secret")
    Optional<String> apiKeySecret;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.auth-token")
    Optional<String> authToken;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.status-callback-url")
    Optional<String> statusCallbackUrl;

    @Inject
    @ConfigProperty(name = "humanlink.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** {@code AC...}: the account the tokens are for (their {@code sub}). */
    public String accountSid() {
        return required(accountSid, "humanlink.twilio.account-sid");
    }

    /** {@code SK...}: the API key that signs call tokens (their {@code iss}). */
    public String apiKeySid() {
        return required(apiKeySid, "humanlink.twilio.api-key-sid");
    }

    /** The API key's secret: the HS256 key of call tokens. */
    public String apiKeySecret() {
        return required(apiKeySecret, "humanlink.twilio.api-key-secret");
    }

    /** The account's auth token: the HMAC key Twilio signs its webhooks with. */
    public String authToken() {
        return required(authToken, "humanlink.twilio.auth-token");
    }

    /**
     * The URL Twilio posts room status callbacks to, and signs them with: give it as the room's {@code StatusCallback}
     * when creating the room. Defaults to the public URL plus the hook's path; set it explicitly when a proxy rewrites
     * the address Twilio sees.
     */
    public String statusCallbackUrl() {
        return statusCallbackUrl.map(String::strip).filter(url -> !url.isEmpty())
                .orElseGet(() -> stripTrailingSlash(publicUrl.strip()) + HOOK_PATH);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String required(Optional<String> value, String key) {
        return value.map(String::strip).filter(v -> !v.isEmpty()).orElseThrow(() -> new IllegalStateException(
                key + " (" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                        + ") is not set; Twilio calls are unavailable"));
    }
}
