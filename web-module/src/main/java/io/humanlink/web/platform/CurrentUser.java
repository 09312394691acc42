package io.humanlink.web.platform;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The account behind the verified access token of this request (its {@code sub} is the user's public id). */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken jwt;

    public UUID id() {
        String subject = jwt == null ? null : jwt.getSubject();
        if (subject == null) {
            throw new DomainException(401, "unauthorized", "Unauthorized",
                    "A valid bearer access token is required for this resource.");
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw new DomainException(401, "unauthorized", "Unauthorized", "The access token has no valid subject.");
        }
    }
}
