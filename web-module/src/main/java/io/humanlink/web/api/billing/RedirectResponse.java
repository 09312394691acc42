package io.humanlink.web.api.billing;

/** Where to send the person next (a hosted checkout or portal page). */
public record RedirectResponse(String url) {
}
