package io.humanlink.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subscription invoice as last reported (paid, or its payment failed); newer reports win, older are ignored. */
@Entity
@Table(name = "invoices")
@NamedQuery(name = "Invoice.byProviderId", query = "select i from Invoice i where i.providerInvoiceId = :id")
@NamedQuery(name = "Invoice.ofUser", query = "select i from Invoice i where i.userId = :user"
        + " order by i.stateAsOf desc, i.id desc")
public class Invoice {

    @Id
    @SequenceGenerator(name = "invoices_seq", sequenceName = "invoices_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "provider_invoice_id", nullable = false, updatable = false)
    private String providerInvoiceId;

    @Column(name = "provider_subscription_id")
    private String providerSubscriptionId;

    @Column(nullable = false)
    private boolean paid;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String currency;

    @Column(name = "hosted_url")
    private String hostedUrl;

    @Column(name = "period_end")
    private Instant periodEnd;

    @Column(name = "state_as_of", nullable = false)
    private Instant stateAsOf;

    protected Invoice() {
    }

    public Invoice(long userId, String providerInvoiceId) {
        this.userId = userId;
        this.providerInvoiceId = providerInvoiceId;
        this.stateAsOf = Instant.EPOCH;
        this.currency = "eur";
    }

    /** Takes the report unless an equally new or newer one is held; a paid invoice stays paid. */
    public void report(BillingEvent.InvoiceSettled event) {
        if (!event.created().isAfter(stateAsOf) && !(event.paid() && !paid)) {
            return;
        }
        stateAsOf = event.created().isAfter(stateAsOf) ? event.created() : stateAsOf;
        paid = paid || event.paid();
        providerSubscriptionId = event.subscriptionId();
        amountMinor = event.amountMinor();
        currency = event.currency();
        hostedUrl = event.hostedUrl();
        periodEnd = event.periodEnd();
    }

    public String getProviderInvoiceId() {
        return providerInvoiceId;
    }

    public boolean isPaid() {
        return paid;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public String getHostedUrl() {
        return hostedUrl;
    }

    public Instant getPeriodEnd() {
        return periodEnd;
    }

    public Instant getStateAsOf() {
        return stateAsOf;
    }
}
