package io.humanlink.identity;

/** A suspended account can neither log in nor refresh its tokens. */
public enum UserStatus {
    ACTIVE, SUSPENDED
}
