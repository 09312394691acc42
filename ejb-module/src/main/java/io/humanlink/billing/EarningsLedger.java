package io.humanlink.billing;

import io.humanlink.sessions.ChatSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Books the Friends' earnings: a session's credit (once: its dedupe key), and the share of it a later refund takes back
 * (once per refunded total). Credits become available for payout after the hold, in which refunds normally arrive.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EarningsLedger {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    /** Credits {@code amountMinor} for {@code session} to its Friend, unless it was credited before or is zero. */
    public void credit(ChatSession session, long amountMinor, String currency) {
        if (amountMinor <= 0 || creditOf(session.getId()) != null) {
            return;
        }
        Instant now = clock.instant();
        em.persist(new EarningEntry(session.getFriend().getId(), session.getId(), null, EarningKind.SESSION,
                amountMinor, currency, now.plus(settings.earningsHold()), "session:" + session.getPublicId(), now));
    }

    /** Takes back the credit's share of what has been refunded of {@code payment} so far, beyond earlier reversals. */
    public void reverseRefunded(ChatSession session, Payment payment) {
        EarningEntry credit = creditOf(session.getId());
        if (credit == null) {
            return;
        }
        // Untyped: providers answer sum() over a bigint as Long or BigDecimal.
        long reversed = -((Number) em.createQuery("select coalesce(sum(e.amountMinor), 0) from EarningEntry e"
                        + " where e.sessionId = :session and e.kind = :kind")
                .setParameter("session", session.getId()).setParameter("kind", EarningKind.REVERSAL)
                .getSingleResult()).longValue();
        long amount = LedgerArithmetic.reversal(credit.getAmountMinor(), payment.getAmountMinor(),
                payment.getRefundedMinor(), reversed);
        if (amount < 0) {
            Instant now = clock.instant();
            em.persist(new EarningEntry(credit.getFriendId(), session.getId(), null, EarningKind.REVERSAL, amount,
                    credit.getCurrency(), now, "reversal:" + session.getPublicId() + ":" + payment.getRefundedMinor(),
                    now));
        }
    }

    private EarningEntry creditOf(long sessionId) {
        List<EarningEntry> credits = em.createQuery("select e from EarningEntry e where e.sessionId = :session"
                        + " and e.kind = :kind", EarningEntry.class)
                .setParameter("session", sessionId).setParameter("kind", EarningKind.SESSION).getResultList();
        return credits.isEmpty() ? null : credits.get(0);
    }
}
