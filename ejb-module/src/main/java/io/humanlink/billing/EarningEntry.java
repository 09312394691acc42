package io.humanlink.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of a Friend's earnings ledger: append-only (no setters, every column not updatable), signed minor units.
 * The dedupe key names the fact booked, so booking it twice fails on the unique key instead of paying twice.
 */
@Entity
@Table(name = "earnings")
public class EarningEntry {

    @Id
    @SequenceGenerator(name = "earnings_seq", sequenceName = "earnings_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "earnings_seq")
    private Long id;

    @Column(name = "friend_id", nullable = false, updatable = false)
    private long friendId;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Column(name = "payout_id", updatable = false)
    private Long payoutId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EarningKind kind;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "available_at", nullable = false, updatable = false)
    private Instant availableAt;

    @Column(name = "dedupe_key", nullable = false, updatable = false)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EarningEntry() {
    }

    public EarningEntry(long friendId, Long sessionId, Long payoutId, EarningKind kind, long amountMinor,
                        String currency, Instant availableAt, String dedupeKey, Instant now) {
        this.friendId = friendId;
        this.sessionId = sessionId;
        this.payoutId = payoutId;
        this.kind = kind;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.availableAt = availableAt;
        this.dedupeKey = dedupeKey;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getFriendId() {
        return friendId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getPayoutId() {
        return payoutId;
    }

    public EarningKind getKind() {
        return kind;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getAvailableAt() {
        return availableAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
