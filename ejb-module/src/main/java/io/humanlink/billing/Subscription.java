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
 * A subscription as the provider last reported it. Invariant: {@code stateAsOf} is the creation time of the event the
 * row reflects, and a report older than that is ignored, so events delivered out of order end in the newest state.
 */
@Entity
@Table(name = "subscriptions")
@NamedQuery(name = "Subscription.byProviderId",
        query = "select s from Subscription s where s.providerSubscriptionId = :id")
@NamedQuery(name = "Subscription.latestOfUser",
        query = "select s from Subscription s where s.userId = :user order by s.stateAsOf desc, s.id desc")
public class Subscription {

    @Id
    @SequenceGenerator(name = "subscriptions_seq", sequenceName = "subscriptions_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subscriptions_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "provider_subscription_id", nullable = false, updatable = false)
    private String providerSubscriptionId;

    @Column(name = "price_id")
    private String priceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BillingStatus status;

    @Column(name = "trial_end")
    private Instant trialEnd;

    @Column(name = "current_period_end")
    private Instant currentPeriodEnd;

    @Column(name = "cancel_at_period_end", nullable = false)
    private boolean cancelAtPeriodEnd;

    @Column(name = "state_as_of", nullable = false)
    private Instant stateAsOf;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Subscription() {
    }

    public Subscription(long userId, String providerSubscriptionId) {
        this.userId = userId;
        this.providerSubscriptionId = providerSubscriptionId;
        this.status = BillingStatus.NONE;
        this.stateAsOf = Instant.EPOCH;
    }

    /**
     * Takes the reported state if it is not older than the one held (same second: the later lifecycle state wins).
     * Returns whether anything was taken.
     */
    public boolean report(Instant asOf, BillingStatus reported, String priceId, Instant trialEnd,
                          Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant now) {
        boolean newer = asOf.isAfter(stateAsOf)
                || (asOf.equals(stateAsOf) && reported.lifecycleRank() > status.lifecycleRank());
        if (!newer) {
            return false;
        }
        this.stateAsOf = asOf;
        this.status = reported;
        this.priceId = priceId;
        this.trialEnd = trialEnd;
        this.currentPeriodEnd = currentPeriodEnd;
        this.cancelAtPeriodEnd = cancelAtPeriodEnd;
        this.updatedAt = now;
        return true;
    }

    public long getUserId() {
        return userId;
    }

    public String getProviderSubscriptionId() {
        return providerSubscriptionId;
    }

    public String getPriceId() {
        return priceId;
    }

    public BillingStatus getStatus() {
        return status;
    }

    public Instant getTrialEnd() {
        return trialEnd;
    }

    public Instant getCurrentPeriodEnd() {
        return currentPeriodEnd;
    }

    public boolean isCancelAtPeriodEnd() {
        return cancelAtPeriodEnd;
    }

    public Instant getStateAsOf() {
        return stateAsOf;
    }
}
