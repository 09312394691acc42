package io.humanlink.billing;

import java.util.Locale;

/**
 * A user's subscription status as the product shows it. TRIALING and ACTIVE make a "Super User"; the provider's
 * finer states are folded in: unpaid counts as past due, incomplete as none (never started), incomplete_expired and
 * paused as canceled.
 */
public enum BillingStatus {
    NONE, TRIALING, ACTIVE, PAST_DUE, CANCELED;

    public static BillingStatus fromProvider(String status) {
        return switch (status == null ? "" : status.toLowerCase(Locale.ROOT)) {
            case "trialing" -> TRIALING;
            case "active" -> ACTIVE;
            case "past_due", "unpaid" -> PAST_DUE;
            case "canceled", "incomplete_expired", "paused" -> CANCELED;
            default -> NONE;
        };
    }

    public boolean isSuperUser() {
        return this == TRIALING || this == ACTIVE;
    }

    /** The order a subscription moves in, to break ties between events created in the same second. */
    int lifecycleRank() {
        return switch (this) {
            case NONE -> 0;
            case TRIALING -> 1;
            case ACTIVE -> 2;
            case PAST_DUE -> 3;
            case CANCELED -> 4;
        };
    }
}
