package io.humanlink.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The server's half of an OAuth 2.0 authorization-code + PKCE round trip: the {@code state} we sent (single use,
 * short-lived) and the code verifier whose challenge went with it.
 */
@Entity
@Table(name = "oauth_states")
public class OAuthState {

    @Id
    private String state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdentityProvider provider;

    @Column(name = "code_verifier", nullable = false)
    private String codeVerifier;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected OAuthState() {
    }

    public OAuthState(String state, IdentityProvider provider, String codeVerifier, Instant now, Instant expiresAt) {
        this.state = state;
        this.provider = provider;
        this.codeVerifier = codeVerifier;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isValidFor(IdentityProvider expected, Instant now) {
        return provider == expected && now.isBefore(expiresAt);
    }

    public String getCodeVerifier() {
        return codeVerifier;
    }
}
