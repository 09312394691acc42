package io.humanlink.identity;

import io.humanlink.platform.SecretTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The server's half of an OAuth 2.0 authorization-code + PKCE round trip: the {@code state} we sent (single use,
 * short-lived), the code verifier whose challenge went with it, and the SHA-256 of a binding secret that only the
 * client which started the round trip holds. The state travels in URLs (and so leaks into logs, history, referrers);
 * the binding never does, so a leaked redirect URL alone cannot finish someone else's sign-in, nor plant the
 * attacker's account in a victim's browser (login CSRF).
 */
@Entity
@Table(name = "oauth_states")
@NamedQuery(name = "OAuthState.deleteExpired", query = "delete from OAuthState s where s.expiresAt < :now")
public class OAuthState {

    @Id
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdentityProvider provider;

    @Column(name = "code_verifier", nullable = false)
    private String codeVerifier;

    @Column(name = "binding_hash")
    private String bindingHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OAuthState() {
    }

    public OAuthState(String state, IdentityProvider provider, String codeVerifier, String binding, Instant now,
                      Instant expiresAt) {
        this.state = state;
        this.provider = provider;
        this.codeVerifier = codeVerifier;
        this.bindingHash = SecretTokens.hash(binding);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isValidFor(IdentityProvider expected, Instant now) {
        return provider == expected && now.isBefore(expiresAt);
    }

    /** Whether {@code binding} is the secret this state was issued with; compared in constant time. */
    public boolean isBoundTo(String binding) {
        if (bindingHash == null || binding == null || binding.isEmpty() || binding.length() > 200) {
            return false;
        }
        return MessageDigest.isEqual(bindingHash.getBytes(StandardCharsets.US_ASCII),
                SecretTokens.hash(binding).getBytes(StandardCharsets.US_ASCII));
    }

    public String getCodeVerifier() {
        return codeVerifier;
    }
}
