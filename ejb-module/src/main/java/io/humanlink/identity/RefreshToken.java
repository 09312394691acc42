package io.humanlink.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a family (the chain that started at one login). Only the SHA-256 of the token is stored.
 * Invariant: a family has at most one ACTIVE token; a token is used once — using it rotates it, and presenting a
 * ROTATED token again means it was stolen or replayed, so the whole family is revoked.
 */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(name = "RefreshToken.byHash", query = "select t from RefreshToken t where t.tokenHash = :hash")
@NamedQuery(name = "RefreshToken.endFamily", query = "update RefreshToken t set t.status = :revoked, t.endedAt = :now"
        + " where t.familyId = :family and t.status = :active")
@NamedQuery(name = "RefreshToken.endAllOfUser", query = "update RefreshToken t set t.status = :revoked,"
        + " t.endedAt = :now where t.user = :user and t.status = :active")
public class RefreshToken {

    /** What presenting this token means. */
    public enum Use { ROTATE, REUSED, REVOKED, EXPIRED }

    public enum Status { ACTIVE, ROTATED, REVOKED }

    @Id
    @SequenceGenerator(name = "refresh_tokens_seq", sequenceName = "refresh_tokens_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refresh_tokens_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "family_id", nullable = false, updatable = false)
    private String familyId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected RefreshToken() {
    }

    private RefreshToken(User user, String familyId, String tokenHash, Instant now, Instant expiresAt) {
        this.user = user;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.status = Status.ACTIVE;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** The first token of a new family, made at login. */
    public static RefreshToken startFamily(User user, String tokenHash, Instant now, Instant expiresAt) {
        return new RefreshToken(user, UUID.randomUUID().toString(), tokenHash, now, expiresAt);
    }

    /** Decides what presenting this token at {@code now} means, without changing anything. */
    public Use classify(Instant now) {
        return switch (status) {
            case ROTATED -> Use.REUSED;
            case REVOKED -> Use.REVOKED;
            case ACTIVE -> now.isBefore(expiresAt) ? Use.ROTATE : Use.EXPIRED;
        };
    }

    /**
     * Spends this token and returns its successor in the same family. The family's lifetime does not grow: the
     * successor expires when this one would have, so a stolen chain cannot be kept alive forever.
     */
    public RefreshToken rotate(String successorHash, Instant now) {
        if (classify(now) != Use.ROTATE) {
            throw new IllegalStateException("only an active, unexpired token can be rotated");
        }
        status = Status.ROTATED;
        endedAt = now;
        return new RefreshToken(user, familyId, successorHash, now, expiresAt);
    }

    public void revoke(Instant now) {
        if (status == Status.ACTIVE) {
            status = Status.REVOKED;
            endedAt = now;
        }
    }

    public User getUser() {
        return user;
    }

    public String getFamilyId() {
        return familyId;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
