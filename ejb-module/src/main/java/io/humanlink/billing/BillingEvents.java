package io.humanlink.billing;

/** Where verified webhook events go. */
public interface BillingEvents {

    /** Applies the event once (by id); throws on failure so the provider retries. */
    void apply(BillingEvent event);
}
