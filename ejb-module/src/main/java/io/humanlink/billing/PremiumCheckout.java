package io.humanlink.billing;

import io.humanlink.identity.User;
import io.humanlink.sessions.ChatSession;
import io.humanlink.sessions.EntitlementDecision;
import io.humanlink.sessions.SessionPayments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Starts paying for a premium session: a hosted checkout in payment mode for the session's price, created with the
 * session's id as idempotency key (a retried booking never opens a second charge), expiring when the held slot is
 * released. The session becomes SCHEDULED only when the provider reports the payment (see {@link BillingEventsHandler}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PremiumCheckout implements SessionPayments {

    static final Duration MIN_CHECKOUT_LIFETIME = Duration.ofMinutes(31);

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    PaymentGateway gateway;

    @Inject
    BillingCustomers customers;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    @Override
    public String startPayment(ChatSession session, EntitlementDecision.Charge charge) {
        Instant now = clock.instant();
        User user = session.getUser();
        String customerId = customers.customerIdFor(user);
        PaymentGateway.CheckoutLink link = gateway.paymentCheckout(customerId,
                new PaymentGateway.PremiumCharge(session.getPublicId().toString(), charge.description(),
                        charge.amountMinor(), charge.currency()),
                settings.successUrl(), settings.cancelUrl(), checkoutExpiry(session.getPaymentDueAt(), now),
                "premium-session-" + session.getPublicId());
        em.persist(new Payment(user.getId(), session.getId(), link.id(), link.url(), charge.amountMinor(),
                charge.currency(), now));
        return link.url();
    }

    /**
     * Stripe accepts a checkout expiry only from 30 minutes after creation: a shorter hold still ends the hold on time
     * (the sweep releases the slot), and a payment that arrives later is refunded in full.
     */
    static Instant checkoutExpiry(Instant holdEnds, Instant now) {
        Instant earliest = now.plus(MIN_CHECKOUT_LIFETIME);
        return holdEnds.isAfter(earliest) ? holdEnds : earliest;
    }

    @Override
    public String paymentUrl(ChatSession session) {
        return em.createNamedQuery("Payment.bySession", Payment.class).setParameter("session", session.getId())
                .getResultStream().findFirst().map(Payment::getCheckoutUrl).orElse(null);
    }
}
