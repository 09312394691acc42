package io.humanlink.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A short-lived, single-use pass for one WebSocket handshake, for clients that cannot send an access token there
 * (browsers). Stored only as the SHA-256 of the secret; redeeming removes it.
 */
@Entity
@Table(name = "chat_tickets")
@NamedQuery(name = "ChatTicket.deleteExpired", query = "delete from ChatTicket t where t.expiresAt < :now")
public class ChatTicket {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected ChatTicket() {
    }

    ChatTicket(String tokenHash, long userId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
