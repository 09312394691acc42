package io.humanlink.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The one-off payment of a premium session (one per session). Invariants: only a PENDING payment succeeds, fails or
 * expires; a success is final (a later failure report of the same checkout changes nothing); the refunded amount only
 * grows and never exceeds what was paid.
 */
@Entity
@Table(name = "payments")
@NamedQuery(name = "Payment.byCheckout", query = "select p from Payment p where p.checkoutId = :id")
@NamedQuery(name = "Payment.byIntent", query = "select p from Payment p where p.paymentIntentId = :id")
@NamedQuery(name = "Payment.bySession", query = "select p from Payment p where p.sessionId = :session")
public class Payment {

    @Id
    @SequenceGenerator(name = "payments_seq", sequenceName = "payments_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payments_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "checkout_id", nullable = false, updatable = false)
    private String checkoutId;

    @Column(name = "checkout_url", nullable = false, updatable = false)
    private String checkoutUrl;

    @Column(name = "payment_intent_id")
    private String paymentIntentId;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "refunded_minor", nullable = false)
    private long refundedMinor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Payment() {
    }

    public Payment(long userId, long sessionId, String checkoutId, String checkoutUrl, long amountMinor,
                   String currency, Instant now) {
        this.userId = userId;
        this.sessionId = sessionId;
        this.checkoutId = checkoutId;
        this.checkoutUrl = checkoutUrl;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.status = PaymentStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Returns true the first time (the caller then books the session). */
    public boolean succeeded(String paymentIntentId, Instant now) {
        if (paymentIntentId != null && this.paymentIntentId == null) {
            this.paymentIntentId = paymentIntentId;
        }
        if (status == PaymentStatus.SUCCEEDED) {
            return false;
        }
        status = PaymentStatus.SUCCEEDED;
        updatedAt = now;
        return true;
    }

    /** Returns true if the payment was still pending (the caller then releases the session). */
    public boolean ended(PaymentStatus outcome, Instant now) {
        if (status != PaymentStatus.PENDING) {
            return false;
        }
        status = outcome;
        updatedAt = now;
        return true;
    }

    /** The provider reports {@code totalRefundedMinor} refunded so far; returns whether that is more than known. */
    public boolean refundedTotal(long totalRefundedMinor, Instant now) {
        long capped = Math.min(totalRefundedMinor, amountMinor);
        if (capped <= refundedMinor) {
            return false;
        }
        refundedMinor = capped;
        updatedAt = now;
        return true;
    }

    public long getUserId() {
        return userId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getCheckoutUrl() {
        return checkoutUrl;
    }

    public String getPaymentIntentId() {
        return paymentIntentId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public long getRefundedMinor() {
        return refundedMinor;
    }
}
