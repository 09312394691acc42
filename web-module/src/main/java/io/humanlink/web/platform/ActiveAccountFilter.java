package io.humanlink.web.platform;

import io.humanlink.identity.UserRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Suspension takes effect at once: an access token stays cryptographically valid until it expires (up to 15 min),
 * so every authenticated request also checks that its account still exists and is active.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHORIZATION - 100)
public class ActiveAccountFilter implements ContainerRequestFilter {

    @Inject
    JsonWebToken jwt;

    @Inject
    UserRepository users;

    @Inject
    RequestInfo request;

    @Override
    public void filter(ContainerRequestContext context) {
        String subject = context.getSecurityContext().getUserPrincipal() == null ? null : jwt.getSubject();
        if (subject == null) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (id == null || !users.isActive(id)) {
            context.abortWith(Problems.response(request, 403, "account-suspended", "Account suspended",
                    "This account is suspended or no longer exists.", List.of()));
        }
    }
}
