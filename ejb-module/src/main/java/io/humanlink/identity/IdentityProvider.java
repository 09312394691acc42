package io.humanlink.identity;

/** Outside identity providers an account can be linked to. */
public enum IdentityProvider {
    GOOGLE, X
}
