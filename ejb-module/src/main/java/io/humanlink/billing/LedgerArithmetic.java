package io.humanlink.billing;

/**
 * The sums of the Friends' earnings ledger, kept pure so they can be checked exhaustively. All amounts are minor
 * units; every division rounds down, so the platform never pays out money it did not receive.
 */
public final class LedgerArithmetic {

    private LedgerArithmetic() {
    }

    /** A premium session's credit: what the user paid and kept paid, less the platform's fee. */
    public static long premiumCredit(long paidMinor, long refundedMinor, int platformFeePercent) {
        requirePercent(platformFeePercent);
        long kept = paidMinor - refundedMinor;
        if (kept <= 0) {
            return 0;
        }
        return Math.floorDiv(Math.multiplyExact(kept, 100L - platformFeePercent), 100L);
    }

    /**
     * A subscription session's credit: the hourly rate for the time actually spent, never more than the time booked
     * (whole minutes, rounded down).
     */
    public static long subscriptionCredit(long ratePerHourMinor, long actualSeconds, int bookedMinutes) {
        long minutes = Math.min(Math.max(actualSeconds, 0) / 60, bookedMinutes);
        return Math.floorDiv(Math.multiplyExact(ratePerHourMinor, minutes), 60L);
    }

    /**
     * How much of a premium credit a refund takes back, as a negative amount: the credit's share of everything
     * refunded so far ({@code refundedTotalMinor}), less what earlier reversals already took ({@code reversedMinor},
     * a positive amount). Zero when nothing more is due.
     */
    public static long reversal(long creditMinor, long paidMinor, long refundedTotalMinor, long reversedMinor) {
        if (creditMinor <= 0 || paidMinor <= 0) {
            return 0;
        }
        long refunded = Math.min(refundedTotalMinor, paidMinor);
        // Rounded up, so that after a full refund the credit is reversed completely.
        long due = Math.ceilDiv(Math.multiplyExact(creditMinor, refunded), paidMinor);
        long more = due - reversedMinor;
        return more > 0 ? -more : 0;
    }

    private static void requirePercent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a percentage is 0..100: " + percent);
        }
    }
}
