package io.humanlink.billing;

/**
 * Where verified billing events go (billing's service implements it). The provider delivers at least once and in no
 * particular order, so applying must be idempotent by {@link BillingEvent#id()} and must not let an older event
 * ({@link BillingEvent#created()}) overwrite a newer state.
 */
public interface BillingEvents {

    /**
     * Applies the event once (by id): a second delivery of an id already applied changes nothing. Throws on failure,
     * and then nothing of the event is kept, so the provider delivers it again later.
     */
    void apply(BillingEvent event);
}
