package io.humanlink.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for throttling. {@code X-Forwarded-For} is believed only when configured (behind
 * our own proxy); otherwise any client could pick its address and dodge the per-address limit.
 */
@RequestScoped
public class ClientAddress {

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "humanlink.http.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String value() {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
