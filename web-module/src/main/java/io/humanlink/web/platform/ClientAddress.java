package io.humanlink.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for throttling. {@code X-Forwarded-For} is believed only when configured, and then
 * only its rightmost entry: each proxy appends the address it received the request from, so the last entry is the one
 * our own proxy wrote, while everything left of it came from the client and may be made up to dodge the per-address
 * limit. Enable {@code humanlink.http.trust-forwarded-for} only behind exactly one proxy of ours, which must append
 * (not pass through) the header; without a proxy anyone could choose the whole header.
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
            // A proxy may append a header line of its own rather than extend the client's: take the last line.
            List<String> lines = Collections.list(request.getHeaders("X-Forwarded-For"));
            if (!lines.isEmpty()) {
                String last = lines.getLast();
                String added = last.substring(last.lastIndexOf(',') + 1).strip();
                if (!added.isEmpty()) {
                    return added;
                }
            }
        }
        return request.getRemoteAddr();
    }
}
