package io.humanlink.billing;

import io.humanlink.sessions.Party;

/**
 * How much of a premium session's price goes back when it does not happen as booked, in percent. Cancelling ahead of
 * the cancellation window, a Friend's cancellation, a Friend's no-show and a call nobody joined refund in full; a late
 * cancellation and a user's no-show refund what config says (none by default). A completed session refunds nothing.
 */
public record RefundPolicy(int lateCancelPercent, int userNoShowPercent, int friendNoShowPercent) {

    public RefundPolicy {
        for (int percent : new int[] {lateCancelPercent, userNoShowPercent, friendNoShowPercent}) {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("refund percentages are 0..100");
            }
        }
    }

    /** Refund for a cancellation by {@code by} (null: released by the system), late or not. */
    public int forCancellation(Party by, boolean late) {
        if (by == null || by == Party.FRIEND || !late) {
            return 100;
        }
        return lateCancelPercent;
    }

    /** Refund for a no-show of {@code absent}: "USER", "FRIEND" or "BOTH" (a call nobody joined). */
    public int forNoShow(String absent) {
        return switch (absent) {
            case "USER" -> userNoShowPercent;
            case "FRIEND" -> friendNoShowPercent;
            default -> 100;
        };
    }

    /** {@code percent} of {@code amountMinor}, rounded down to a whole minor unit (never refunds more than paid). */
    public static long share(long amountMinor, int percent) {
        return Math.floorDiv(Math.multiplyExact(amountMinor, (long) percent), 100L);
    }
}
