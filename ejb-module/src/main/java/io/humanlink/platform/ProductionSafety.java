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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start under the prod profile with settings that only make sense on a laptop: no SMTP host (sign-up and
 * password-reset links would never reach anyone), a localhost public URL (every mailed link would be dead), or the
 * placeholder Google client id (Google sign-in would fail for everyone). A failed deployment is loud; a production
 * that silently half-works is not.
 */
@Singleton
@Startup
public class ProductionSafety {

    private static final Logger LOG = Logger.getLogger(ProductionSafety.class.getName());

    /** The Google client id shipped in the defaults; a real deployment brings its own. */
    static final String GOOGLE_CLIENT_ID_PLACEHOLDER = "humanlink-web.apps.googleusercontent.com";

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

    @PostConstruct
    void check() {
        if (!profile.isProduction()) {
            return;
        }
        List<String> problems = problems(smtpHost.orElse(null), publicUrl.orElse(null), googleClientId.orElse(null));
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
}
