package io.humanlink.billing;

/** A subscription plan as configured: the provider's price, what it costs and how often. */
public record Plan(String id, String name, String priceId, long amountMinor, String currency, String interval) {
}
