package io.humanlink.sessions;

/** What pays for a session: nothing (free allowance), the user's subscription, or a one-off premium payment. */
public enum BillingBasis {
    FREE, SUBSCRIPTION, PREMIUM
}
