package io.humanlink.identity;

/**
 * Who an outside provider says the person is, in our terms (the adapters translate their tokens into this).
 * {@code email} is null when the provider gave none or did not vouch for it.
 */
public record ExternalAccount(IdentityProvider provider, String subject, String email, String displayName) {
}
