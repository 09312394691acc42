package io.humanlink.web.api.billing;

import io.humanlink.billing.EarningEntry;
import io.humanlink.billing.EarningsSummary;
import io.humanlink.billing.Payout;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A Friend's earnings: pending, available and paid sums, the ledger lines and the payouts. */
public record EarningsResponse(String currency, long pendingMinor, long availableMinor, long paidMinor,
                               List<Entry> entries, List<PayoutView> payouts) {

    public record Entry(String kind, long amountMinor, String currency, UUID sessionId, Instant availableAt,
                        Instant at) {
    }

    public record PayoutView(UUID id, long amountMinor, String currency, String status, String transferId,
                             String failure, Instant createdAt, Instant settledAt) {
    }

    static EarningsResponse of(EarningsSummary s) {
        Map<Long, UUID> sessionIds = s.sessionIds();
        return new EarningsResponse(s.currency(), s.pendingMinor(), s.availableMinor(), s.paidMinor(),
                s.entries().stream().map(e -> entry(e, sessionIds)).toList(),
                s.payouts().stream().map(EarningsResponse::payout).toList());
    }

    static PayoutView payout(Payout p) {
        return new PayoutView(p.getPublicId(), p.getAmountMinor(), p.getCurrency(),
                p.getStatus().name().toLowerCase(Locale.ROOT), p.getTransferId(), p.getFailure(), p.getCreatedAt(),
                p.getSettledAt());
    }

    private static Entry entry(EarningEntry e, Map<Long, UUID> sessionIds) {
        return new Entry(e.getKind().name().toLowerCase(Locale.ROOT), e.getAmountMinor(), e.getCurrency(),
                e.getSessionId() == null ? null : sessionIds.get(e.getSessionId()), e.getAvailableAt(),
                e.getCreatedAt());
    }
}
