package io.humanlink.billing;

/** A payout is PENDING until the money moved (PAID) or could not (FAILED). */
public enum PayoutStatus {
    PENDING, PAID, FAILED
}
