package io.humanlink.web.platform;

import io.humanlink.identity.AccountAccess;
import io.humanlink.identity.UserRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Account changes take effect at once: an access token stays cryptographically valid until it expires (up to 15 min),
 * so every authenticated request also checks, in one indexed read, that its account still exists and is active
 * (else 403 {@code account-suspended}) and that the token was not issued before the account's tokens were revoked
 * by a password reset, role change or suspension (else 401 {@code token-revoked}: sign in again).
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
        AccountAccess.Verdict verdict = id == null ? AccountAccess.Verdict.SUSPENDED
                : users.access(id).map(access -> access.judge(issuedAt()))
                        .orElse(AccountAccess.Verdict.SUSPENDED);
        if (verdict == AccountAccess.Verdict.SUSPENDED) {
            context.abortWith(Problems.response(request, 403, "account-suspended", "Account suspended",
                    "This account is suspended or no longer exists.", List.of()));
        } else if (verdict == AccountAccess.Verdict.REVOKED) {
            Response revoked = Problems.response(request, 401, "token-revoked", "Token revoked",
                    "This access token was issued before the account's password, roles or status changed."
                            + " Sign in again.", List.of());
            context.abortWith(Response.fromResponse(revoked)
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build());
        }
    }

    /** A token without a readable {@code iat} counts as issued at the epoch: older than any revocation. */
    private long issuedAt() {
        try {
            return jwt.getIssuedAtTime();
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }
}
