package io.humanlink.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start under the prod profile with settings that only make sense on a laptop: no SMTP host (sign-up and
 * password-reset links would never reach anyone), a localhost public URL (every mailed link would be dead), or the
 * placeholder Google client id (Google sign-in would fail for everyone), no real Twilio account (no video call
 * could be joined and every room callback would be refused), or no real Stripe account (nobody could subscribe or pay,
 * and every Stripe webhook would be refused). A failed deployment is loud; a production that silently half-works is
 * not.
 */
@Singleton
@Startup
public class ProductionSafety {

    private static final Logger LOG = Logger.getLogger(ProductionSafety.class.getName());

    /** The Google client id shipped in the defaults; a real deployment brings its own. */
    static final String GOOGLE_CLIENT_ID_PLACEHOLDER = "humanlink-web.apps.googleusercontent.com";

    /** Marks the fake Twilio secrets of the dev and test profiles (config/profiles), which must never reach prod. */
    static final String TWILIO_FAKE_MARK = "not-a-real";

    /** Marks the fake Stripe keys of the dev and test profiles (config/profiles), which must never reach prod. */
    static final String STRIPE_FAKE_MARK = "not-a-real";

    /** Twilio's SID shapes: two letters and 32 hex digits. The dev/test SIDs ({@code ACdev...}) are not hex. */
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");
    private static final Pattern API_KEY_SID = Pattern.compile("SK[0-9a-fA-F]{32}");

    /** HS256 needs a 256-bit key; the SDK's JWT library refuses a shorter API key secret at the first token. */
    private static final int MIN_API_KEY_SECRET_LENGTH = 32;

    @Inject
    RuntimeProfile profile;

    @Inject
    @ConfigProperty(name = "humanlink.mail.smtp-host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "humanlink.public-url")
    Optional<String> publicUrl;

    @Inject
    @ConfigProperty(name = "humanlink.google.client-id")
    Optional<String> googleClientId;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.account-sid")
    Optional<String> twilioAccountSid;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.api-key-sid")
    Optional<String> twilioApiKeySid;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.api-key-secret")
    Optional<String> twilioApiKeySecret;

    @Inject
    @ConfigProperty(name = "humanlink.twilio.auth-token")
    Optional<String> twilioAuthToken;

    @Inject
    @ConfigProperty(name = "humanlink.stripe.secret-key")
    Optional<String> stripeSecretKey;

    @Inject
    @ConfigProperty(name = "humanlink.stripe.webhook-secret")
    Optional<String> stripeWebhookSecret;

    @Inject
    @ConfigProperty(name = "humanlink.stripe.api-base", defaultValue = "https://api.stripe.com")
    String stripeApiBase;

    @PostConstruct
    void check() {
        if (!profile.isProduction()) {
            return;
        }
        List<String> problems = new ArrayList<>(problems(smtpHost.orElse(null), publicUrl.orElse(null),
                googleClientId.orElse(null)));
        problems.addAll(twilioProblems(twilioAccountSid.orElse(null), twilioApiKeySid.orElse(null),
                twilioApiKeySecret.orElse(null), twilioAuthToken.orElse(null)));
        problems.addAll(stripeProblems(stripeSecretKey.orElse(null), stripeWebhookSecret.orElse(null), stripeApiBase));
        if (!problems.isEmpty()) {
            String message = "Refusing to start with the prod profile: " + String.join("; ", problems);
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /** What is wrong with these settings for production, in words an operator can act on; empty when nothing. */
    public static List<String> problems(String smtpHost, String publicUrl, String googleClientId) {
        List<String> problems = new ArrayList<>();
        if (smtpHost == null || smtpHost.isBlank()) {
            problems.add("humanlink.mail.smtp-host (HUMANLINK_MAIL_SMTP_HOST) is not set, so no mail would be sent");
        }
        if (publicUrl == null || publicUrl.isBlank()
                || publicUrl.strip().toLowerCase(Locale.ROOT).startsWith("http://localhost")) {
            problems.add("humanlink.public-url (HUMANLINK_PUBLIC_URL) is '" + publicUrl
                    + "', so mailed links would point nowhere; set the site's public https URL");
        }
        if (googleClientId == null || googleClientId.isBlank() || googleClientId.strip().equals(
                GOOGLE_CLIENT_ID_PLACEHOLDER)) {
            problems.add("humanlink.google.client-id (HUMANLINK_GOOGLE_CLIENT_ID) is the placeholder; set the site's"
                    + " Google OAuth client id");
        }
        return problems;
    }

    /** What is wrong with the Twilio account settings for production; empty when nothing. */
    public static List<String> twilioProblems(String accountSid, String apiKeySid, String apiKeySecret,
                                              String authToken) {
        List<String> problems = new ArrayList<>();
        if (accountSid == null || !ACCOUNT_SID.matcher(accountSid.strip()).matches()) {
            problems.add("humanlink.twilio.account-sid (HUMANLINK_TWILIO_ACCOUNT_SID) is not a Twilio account SID"
                    + " (AC + 32 hex digits)");
        }
        if (apiKeySid == null || !API_KEY_SID.matcher(apiKeySid.strip()).matches()) {
            problems.add("humanlink.twilio.api-key-sid (HUMANLINK_TWILIO_API_KEY_SID) is not a Twilio API key SID"
                    + " (SK + 32 hex digits)");
        }
        if (apiKeySecret == null || apiKeySecret.strip().length() < MIN_API_KEY_SECRET_LENGTH
                || apiKeySecret.contains(TWILIO_FAKE_MARK)) {
            problems.add("humanlink.twilio.api-key-secret (HUMANLINK_TWILIO_API_KEY_SECRET) is missing, shorter than "
                    + MIN_API_KEY_SECRET_LENGTH + " characters or a dev/test placeholder; set the API key's secret");
        }
        if (authToken == null || authToken.isBlank() || authToken.contains(TWILIO_FAKE_MARK)) {
            problems.add("humanlink.twilio.auth-token (HUMANLINK_TWILIO_AUTH_TOKEN) is missing or a dev/test"
                    + " placeholder, so no Twilio callback could be verified");
        }
        return problems;
    }

    /**
     * What is wrong with the Stripe settings for production; empty when nothing. Test-mode keys ({@code sk_test_})
     * pass, so a production-like staging can run against Stripe's test mode; the profiles' fakes do not.
     */
    public static List<String> stripeProblems(String secretKey, String webhookSecret, String apiBase) {
        List<String> problems = new ArrayList<>();
        String key = secretKey == null ? "" : secretKey.strip();
        if (!(key.startsWith("sk_") || key.startsWith("rk_")) || key.contains(STRIPE_FAKE_MARK)) {
            problems.add("humanlink.stripe.secret-key (HUMANLINK_STRIPE_SECRET_KEY) is missing, not a Stripe secret"
                    + " or restricted key (sk_... / rk_...) or a dev/test placeholder, so nobody could subscribe"
                    + " or pay");
        }
        String secret = webhookSecret == null ? "" : webhookSecret.strip();
        if (!secret.startsWith("whsec_") || secret.contains(STRIPE_FAKE_MARK)) {
            problems.add("humanlink.stripe.webhook-secret (HUMANLINK_STRIPE_WEBHOOK_SECRET) is missing, not a"
                    + " webhook signing secret (whsec_...) or a dev/test placeholder, so every Stripe webhook would be"
                    + " refused");
        }
        if (apiBase != null && !apiBase.isBlank()
                && !apiBase.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
            problems.add("humanlink.stripe.api-base (HUMANLINK_STRIPE_API_BASE) is '" + apiBase
                    + "'; the secret key would travel unencrypted. Leave it unset for Stripe's API");
        }
        return problems;
    }
}
