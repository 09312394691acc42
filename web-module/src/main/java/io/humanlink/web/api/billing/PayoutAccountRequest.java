package io.humanlink.web.api.billing;

/** {@code PUT /friends/me/payout-account}: the Stripe Connect account payouts go to. */
public record PayoutAccountRequest(String accountId) {
}
