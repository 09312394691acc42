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

/**
 * A single-use secret sent by email (verify address, reset password); stored hashed, valid until used or expired.
 * Spending is one conditional update ({@code OneTimeToken.spend}): of two parallel uses exactly one changes the row.
 */
@Entity
@Table(name = "one_time_tokens")
@NamedQuery(name = "OneTimeToken.byHash", query = "select t from OneTimeToken t where t.tokenHash = :hash")
@NamedQuery(name = "OneTimeToken.expireOpen", query = "update OneTimeToken t set t.usedAt = :now"
        + " where t.user = :user and t.purpose = :purpose and t.usedAt is null")
@NamedQuery(name = "OneTimeToken.spend", query = "update OneTimeToken t set t.usedAt = :now"
        + " where t.id = :id and t.usedAt is null")
@NamedQuery(name = "OneTimeToken.countIssuedSince", query = "select count(t) from OneTimeToken t"
        + " where t.user = :user and t.purpose = :purpose and t.createdAt > :since")
@NamedQuery(name = "OneTimeToken.deleteExpiredBefore", query = "delete from OneTimeToken t where t.expiresAt < :cutoff")
public class OneTimeToken {

    public enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    @Id
    @SequenceGenerator(name = "one_time_tokens_seq", sequenceName = "one_time_tokens_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_time_tokens_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeToken() {
    }

    public OneTimeToken(User user, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.user = user;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** True when this token may be spent for {@code expected} now. */
    public boolean isUsableFor(Purpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /**
     * True when this is a verification link that was already used and its account is verified: following it again
     * (mail scanners prefetch links) may answer "verified" without spending anything.
     */
    public boolean confirmsVerifiedEmail() {
        return purpose == Purpose.VERIFY_EMAIL && usedAt != null && user.isEmailVerified();
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }
}
