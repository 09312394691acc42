package io.humanlink.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An account. Invariants: the email, when present, is normalised ({@link EmailAddresses}) and unique; every account
 * has the USER role; the public id (a UUID) is the only id clients see. An account without a password hash signs in
 * only through a linked external identity (Google, X).
 */
@Entity
@Table(name = "users")
@NamedQuery(name = "User.byEmail", query = "select u from User u where u.email = :email")
@NamedQuery(name = "User.byPublicId", query = "select u from User u where u.publicId = :publicId")
@NamedQuery(name = "User.accessByPublicId",
        query = "select u.status, u.tokensValidAfter from User u where u.publicId = :publicId")
public class User {

    @Id
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private String locale;

    private String bio;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserStatus status;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "suspended_reason")
    private String suspendedReason;

    /** Access tokens issued (iat) before this second are refused; see {@link AccountAccess}. */
    @Column(name = "tokens_valid_after")
    private Instant tokensValidAfter;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String email, String displayName, String timeZone, String locale, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.email = email;
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.status = UserStatus.ACTIVE;
        this.roles.add(Role.USER);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void setPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        touch(now);
    }

    public void markEmailVerified(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
            touch(now);
        }
    }

    public void updateProfile(String displayName, String timeZone, String locale, String bio, Instant now) {
        if (displayName != null) {
            this.displayName = displayName;
        }
        if (timeZone != null) {
            this.timeZone = timeZone;
        }
        if (locale != null) {
            this.locale = locale;
        }
        if (bio != null) {
            this.bio = bio.isBlank() ? null : bio;
        }
        touch(now);
    }

    /**
     * Replaces the roles; USER is always kept, since every account is a user of the platform.
     *
     * @return whether the roles are now different from before
     */
    public boolean replaceRoles(Set<Role> newRoles, Instant now) {
        Set<Role> before = getRoles();
        roles.clear();
        roles.addAll(newRoles);
        roles.add(Role.USER);
        touch(now);
        return !before.equals(getRoles());
    }

    public void grant(Role role, Instant now) {
        if (roles.add(role)) {
            touch(now);
        }
    }

    public void suspend(String reason, Instant now) {
        status = UserStatus.SUSPENDED;
        suspendedReason = reason;
        touch(now);
    }

    public void reactivate(Instant now) {
        status = UserStatus.ACTIVE;
        suspendedReason = null;
        touch(now);
    }

    /**
     * Ends every access token issued before now (they would otherwise live until they expire). Stored truncated to the
     * second because a token's {@code iat} is whole seconds: a token issued in this same second, after this call,
     * must keep working, so only tokens with {@code iat} before this second are refused.
     */
    public void revokeAccessTokens(Instant now) {
        tokensValidAfter = now.truncatedTo(ChronoUnit.SECONDS);
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public boolean isSuspended() {
        return status == UserStatus.SUSPENDED;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getLocale() {
        return locale;
    }

    public String getBio() {
        return bio;
    }

    public UserStatus getStatus() {
        return status;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Instant getTokensValidAfter() {
        return tokensValidAfter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that && publicId.equals(that.publicId);
    }

    @Override
    public int hashCode() {
        return publicId.hashCode();
    }
}
