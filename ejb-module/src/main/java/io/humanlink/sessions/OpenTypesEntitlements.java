package io.humanlink.sessions;

import io.humanlink.profile.SessionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rule until billing brings plans: every user with a verified email may book the session types listed in
 * {@code humanlink.sessions.open-types} (text in production).
 */
@ApplicationScoped
public class OpenTypesEntitlements implements BookingEntitlements {

    @Inject
    @ConfigProperty(name = "humanlink.sessions.open-types", defaultValue = "text")
    Set<String> openTypes;

    @Override
    public EntitlementDecision decide(BookingAttempt attempt) {
        if (!attempt.user().isEmailVerified()) {
            return EntitlementDecision.refuse("Verify your email address before booking a session.");
        }
        Set<SessionType> open = openTypes.stream().map(String::strip).filter(SessionType::isCode)
                .map(SessionType::fromCode).collect(Collectors.toSet());
        if (!open.contains(attempt.type())) {
            return EntitlementDecision.refuse("Your plan does not include " + attempt.type().code() + " sessions.");
        }
        return EntitlementDecision.allow(BillingBasis.FREE);
    }
}
