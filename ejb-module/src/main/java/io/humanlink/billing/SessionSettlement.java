package io.humanlink.billing;

import io.humanlink.sessions.BillingBasis;
import io.humanlink.sessions.ChatSession;
import io.humanlink.sessions.Party;
import io.humanlink.sessions.SessionClosed;
import io.humanlink.sessions.SessionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Settles the money of a session when it closes, in the same transaction: a completed subscription session credits
 * the Friend the hourly rate for the time spent; a premium session credits the Friend the price kept less the platform
 * fee (also when the user's late cancellation or no-show kept the money: the Friend's time was held); a premium
 * session that did not happen is refunded as the refund policy says (through the provider, with an idempotency key).
 */
@ApplicationScoped
public class SessionSettlement {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    EarningsLedger ledger;

    @Inject
    PaymentGateway gateway;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    void onClosed(@Observes SessionClosed closed) {
        ChatSession session = closed.session();
        if (session.getBillingBasis() == BillingBasis.SUBSCRIPTION && session.getStatus() == SessionStatus.COMPLETED) {
            long seconds = session.getActualDurationSeconds() == null ? 0 : session.getActualDurationSeconds();
            ledger.credit(session, LedgerArithmetic.subscriptionCredit(settings.subscriptionRatePerHour(), seconds,
                    session.getDurationMinutes()), settings.earningsCurrency());
            return;
        }
        if (session.getBillingBasis() != BillingBasis.PREMIUM) {
            return;
        }
        Optional<Payment> found = em.createNamedQuery("Payment.bySession", Payment.class)
                .setParameter("session", session.getId()).getResultStream().findFirst();
        if (found.isEmpty()) {
            return;
        }
        Payment payment = found.get();
        if (payment.getStatus() == PaymentStatus.PENDING) {
            payment.ended(PaymentStatus.EXPIRED, clock.instant());
            return;
        }
        if (payment.getStatus() != PaymentStatus.SUCCEEDED) {
            return;
        }
        int refundPercent = switch (session.getStatus()) {
            case CANCELLED -> settings.refundPolicy().forCancellation(session.getCancelledBy(),
                    session.isLateCancellation());
            case NO_SHOW -> settings.refundPolicy().forNoShow(session.getNoShowParty());
            default -> 0;
        };
        refund(session, payment, refundPercent);
        boolean friendsTimeWasHeld = session.getStatus() == SessionStatus.COMPLETED
                || (session.getStatus() == SessionStatus.NO_SHOW && "USER".equals(session.getNoShowParty()))
                || (session.getStatus() == SessionStatus.CANCELLED && session.getCancelledBy() == Party.USER
                && session.isLateCancellation());
        if (friendsTimeWasHeld) {
            ledger.credit(session, LedgerArithmetic.premiumCredit(payment.getAmountMinor(),
                    payment.getRefundedMinor(), settings.platformFeePercent()), payment.getCurrency());
        }
    }

    /** Brings the refunded amount up to {@code percent} of the price (never down). */
    private void refund(ChatSession session, Payment payment, int percent) {
        long target = RefundPolicy.share(payment.getAmountMinor(), percent);
        long more = target - payment.getRefundedMinor();
        if (more <= 0 || payment.getPaymentIntentId() == null) {
            return;
        }
        gateway.refund(payment.getPaymentIntentId(), more, "refund-session-" + session.getPublicId() + "-" + target);
        payment.refundedTotal(target, clock.instant());
    }
}
