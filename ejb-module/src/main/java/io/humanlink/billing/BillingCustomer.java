package io.humanlink.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The payment provider's customer for one of our users (one each; created at the first checkout). */
@Entity
@Table(name = "billing_customers")
@NamedQuery(name = "BillingCustomer.byProviderId",
        query = "select c from BillingCustomer c where c.providerCustomerId = :id")
public class BillingCustomer {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "provider_customer_id", nullable = false, updatable = false)
    private String providerCustomerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BillingCustomer() {
    }

    public BillingCustomer(long userId, String providerCustomerId, Instant now) {
        this.userId = userId;
        this.providerCustomerId = providerCustomerId;
        this.createdAt = now;
    }

    public long getUserId() {
        return userId;
    }

    public String getProviderCustomerId() {
        return providerCustomerId;
    }
}
