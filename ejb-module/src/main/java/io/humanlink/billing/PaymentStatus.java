package io.humanlink.billing;

/** Where a premium session's payment is: waiting, paid, failed, or its checkout expired unpaid. */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED, EXPIRED
}
