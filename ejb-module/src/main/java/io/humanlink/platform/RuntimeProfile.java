package io.humanlink.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The MicroProfile Config profile the server runs with ({@code mp.config.profile}: dev, test or prod). Conveniences
 * that would be dangerous in production (demo accounts with published passwords, mail with sign-in links in the log)
 * ask {@link #isDevOrTest()}, so an unset or unknown profile counts as production.
 */
@ApplicationScoped
public class RuntimeProfile {

    public static final String PROPERTY = "mp.config.profile";

    @Inject
    @ConfigProperty(name = PROPERTY)
    Optional<String> profile;

    /** The profile's name, or {@code ""} when none is set. */
    public String name() {
        return profile.map(String::strip).orElse("");
    }

    public boolean isDevOrTest() {
        return isDevOrTest(name());
    }

    public boolean isProduction() {
        return "prod".equals(name());
    }

    public static boolean isDevOrTest(String profile) {
        return "dev".equals(profile) || "test".equals(profile);
    }
}
