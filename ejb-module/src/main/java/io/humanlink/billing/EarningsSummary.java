package io.humanlink.billing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Friend's earnings: pending (still in the refund hold), available (ready for the next payout), paid (in paid
 * payouts), the entries themselves (newest first), their payouts, and the public ids of the sessions entries are for.
 */
public record EarningsSummary(String currency, long pendingMinor, long availableMinor, long paidMinor,
                              List<EarningEntry> entries, List<Payout> payouts, Map<Long, UUID> sessionIds) {
}
