package io.humanlink.identity;

import java.time.Instant;

/**
 * What every authenticated request must know about its account beyond the token's signature: whether the account is
 * still active, and from which second on its access tokens count (password reset, role change and suspension end the
 * older ones, which would otherwise live until they expire).
 */
public record AccountAccess(UserStatus status, Instant tokensValidAfter) {

    public enum Verdict { ALLOWED, SUSPENDED, REVOKED }

    /**
     * Judges a token issued at {@code issuedAtEpochSecond} (its {@code iat}, whole seconds). {@code tokensValidAfter}
     * is stored truncated to the second, so a token issued in the same second as the revocation is still allowed:
     * refusing it would also refuse the fresh sign-in that usually follows a password reset within that second.
     */
    public Verdict judge(long issuedAtEpochSecond) {
        if (status != UserStatus.ACTIVE) {
            return Verdict.SUSPENDED;
        }
        if (tokensValidAfter != null && issuedAtEpochSecond < tokensValidAfter.getEpochSecond()) {
            return Verdict.REVOKED;
        }
        return Verdict.ALLOWED;
    }
}
