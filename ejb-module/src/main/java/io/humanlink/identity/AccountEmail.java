package io.humanlink.identity;

/**
 * An email the identity context wants sent (a CDI event). Observed after the transaction commits, so no mail ever
 * points at a token that was rolled back.
 */
public record AccountEmail(Kind kind, String to, String displayName, String link) {

    public enum Kind { VERIFY_EMAIL, RESET_PASSWORD }
}
