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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Money sent (or to be sent) to a Friend for a set of ledger entries. Invariant: the entries it settles plus its own
 * debit entry sum to zero; it goes PENDING → PAID or FAILED once.
 */
@Entity
@Table(name = "payouts")
public class Payout {

    @Id
    @SequenceGenerator(name = "payouts_seq", sequenceName = "payouts_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payouts_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Column(name = "friend_id", nullable = false, updatable = false)
    private long friendId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PayoutStatus status;

    @Column(name = "transfer_id")
    private String transferId;

    @Column
    private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Version
    private long version;

    protected Payout() {
    }

    public Payout(long friendId, long amountMinor, String currency, Instant now) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("a payout pays a positive amount");
        }
        this.publicId = UUID.randomUUID().toString();
        this.friendId = friendId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.status = PayoutStatus.PENDING;
        this.createdAt = now;
    }

    public void paid(String transferId, Instant now) {
        requirePending();
        this.status = PayoutStatus.PAID;
        this.transferId = transferId;
        this.settledAt = now;
    }

    public void failed(String failure, Instant now) {
        requirePending();
        this.status = PayoutStatus.FAILED;
        this.failure = failure;
        this.settledAt = now;
    }

    private void requirePending() {
        if (status != PayoutStatus.PENDING) {
            throw new IllegalStateException("payout already " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    public long getFriendId() {
        return friendId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public PayoutStatus getStatus() {
        return status;
    }

    public String getTransferId() {
        return transferId;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }
}
