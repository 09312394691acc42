package io.humanlink.web.api.billing;

/** {@code POST /billing/checkout}: which plan to subscribe to. */
public record CheckoutRequest(String plan) {
}
