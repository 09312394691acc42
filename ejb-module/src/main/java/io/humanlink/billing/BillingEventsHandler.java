package io.humanlink.billing;

import io.humanlink.notify.Outbox;
import io.humanlink.platform.Jsonp;
import io.humanlink.platform.ProcessedWebhookEvents;
import io.humanlink.sessions.BookingService;
import io.humanlink.sessions.ChatSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies verified provider events, each exactly once: the event id is recorded in the same transaction as its
 * effects, so a duplicate finds it and does nothing, and a failure rolls both back (the provider retries). Events about
 * one object may come in any order: subscriptions and invoices keep the newest reported state, payments only move
 * forward.
 */
@ApplicationScoped
@Transactional
public class BillingEventsHandler implements BillingEvents {

    private static final Logger LOG = Logger.getLogger(BillingEventsHandler.class.getName());

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    BillingCustomers customers;

    @Inject
    TrialClaims trials;

    @Inject
    PaymentGateway gateway;

    @Inject
    BookingService bookings;

    @Inject
    EarningsLedger ledger;

    @Inject
    Outbox outbox;

    @Inject
    ProcessedWebhookEvents processedEvents;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    @Override
    public void apply(BillingEvent event) {
        if (!processedEvents.firstTime("stripe", event.id())) {
            return;
        }
        switch (event) {
            case BillingEvent.SubscriptionChanged e -> subscriptionChanged(e);
            case BillingEvent.SubscriptionCheckoutCompleted e -> LOG.fine(() -> "Subscription checkout done for "
                    + e.userPublicId());
            case BillingEvent.PaymentCheckoutCompleted e -> {
                if (e.paid()) {
                    paymentByCheckout(e.checkoutId()).ifPresent(p -> paid(p, e.paymentIntentId()));
                }
            }
            case BillingEvent.PaymentCheckoutExpired e ->
                    paymentByCheckout(e.checkoutId()).ifPresent(p -> ended(p, PaymentStatus.EXPIRED,
                            "The payment was not completed in time."));
            case BillingEvent.PaymentIntentSettled e -> paymentByIntent(e.paymentIntentId(), e.sessionPublicId())
                    .ifPresent(p -> {
                        if (e.succeeded()) {
                            paid(p, e.paymentIntentId());
                        } else {
                            ended(p, PaymentStatus.FAILED, "The payment failed: " + e.failure());
                        }
                    });
            case BillingEvent.InvoiceSettled e -> invoiceSettled(e);
            case BillingEvent.ChargeRefunded e -> paymentByIntent(e.paymentIntentId(), null).ifPresent(p -> {
                if (p.refundedTotal(e.amountRefundedMinor(), clock.instant())) {
                    ledger.reverseRefunded(em.find(ChatSession.class, p.getSessionId()), p);
                }
            });
            case BillingEvent.Ignored e -> LOG.fine(() -> "Ignored provider event " + e.type());
        }
    }

    private void subscriptionChanged(BillingEvent.SubscriptionChanged e) {
        Optional<Long> user = customers.userOf(e.customerId());
        if (user.isEmpty()) {
            LOG.warning(() -> "Subscription event " + e.id() + " for unknown customer " + e.customerId());
            return;
        }
        Subscription subscription = em.createNamedQuery("Subscription.byProviderId", Subscription.class)
                .setParameter("id", e.subscriptionId()).getResultStream().findFirst().orElse(null);
        if (subscription == null) {
            subscription = new Subscription(user.get(), e.subscriptionId());
            em.persist(subscription);
        }
        BillingStatus status = BillingStatus.fromProvider(e.status());
        if (!subscription.report(e.created(), status, e.priceId(), e.trialEnd(), e.currentPeriodEnd(),
                e.cancelAtPeriodEnd(), clock.instant())) {
            return;
        }
        if (status == BillingStatus.TRIALING && e.paymentMethodFingerprint() != null
                && !trials.claim(TrialClaims.Kind.CARD, e.paymentMethodFingerprint(), user.get())) {
            // This card already had a trial on another account: the subscription bills now instead.
            gateway.endTrialNow(e.subscriptionId());
        }
        scheduleReminders(subscription);
    }

    /** One reminder before the trial ends or the next renewal, replacing any not yet delivered. */
    private void scheduleReminders(Subscription subscription) {
        String prefix = "billing-reminder:" + subscription.getProviderSubscriptionId() + ":";
        outbox.withdrawPending(prefix);
        Instant now = clock.instant();
        if (subscription.getStatus() == BillingStatus.TRIALING && subscription.getTrialEnd() != null) {
            remind(subscription, "TRIAL_ENDING", "Your free trial ends soon", subscription.getTrialEnd(), prefix, now);
        } else if (subscription.getStatus() == BillingStatus.ACTIVE && !subscription.isCancelAtPeriodEnd()
                && subscription.getCurrentPeriodEnd() != null) {
            remind(subscription, "RENEWAL_UPCOMING", "Your subscription renews soon",
                    subscription.getCurrentPeriodEnd(), prefix, now);
        }
    }

    private void remind(Subscription subscription, String kind, String title, Instant at, String prefix,
                        Instant now) {
        if (!at.isAfter(now)) {
            return;
        }
        Instant due = at.minus(settings.reminderBefore());
        outbox.schedule(subscription.getUserId(), kind, Jsonp.PROVIDER.createObjectBuilder().add("title", title)
                        .add("at", at.toString()).build(),
                prefix + kind + ":" + at.getEpochSecond(), due.isAfter(now) ? due : now);
    }

    private void invoiceSettled(BillingEvent.InvoiceSettled e) {
        Optional<Long> user = customers.userOf(e.customerId());
        if (user.isEmpty()) {
            LOG.warning(() -> "Invoice event " + e.id() + " for unknown customer " + e.customerId());
            return;
        }
        Invoice invoice = em.createNamedQuery("Invoice.byProviderId", Invoice.class).setParameter("id", e.invoiceId())
                .getResultStream().findFirst().orElse(null);
        if (invoice == null) {
            invoice = new Invoice(user.get(), e.invoiceId());
            em.persist(invoice);
        }
        invoice.report(e);
    }

    /** Books the session; if it was released meanwhile, the money goes back in full. */
    private void paid(Payment payment, String paymentIntentId) {
        if (!payment.succeeded(paymentIntentId, clock.instant())) {
            return;
        }
        ChatSession session = em.find(ChatSession.class, payment.getSessionId());
        if (!bookings.confirmPaid(session.getPublicId()) && payment.getPaymentIntentId() != null) {
            gateway.refund(payment.getPaymentIntentId(), payment.getAmountMinor() - payment.getRefundedMinor(),
                    "refund-unplaced-" + session.getPublicId());
            payment.refundedTotal(payment.getAmountMinor(), clock.instant());
        }
    }

    private void ended(Payment payment, PaymentStatus outcome, String reason) {
        if (payment.ended(outcome, clock.instant())) {
            bookings.releaseUnpaid(em.find(ChatSession.class, payment.getSessionId()).getPublicId(), reason);
        }
    }

    private Optional<Payment> paymentByCheckout(String checkoutId) {
        return em.createNamedQuery("Payment.byCheckout", Payment.class).setParameter("id", checkoutId)
                .getResultStream().findFirst();
    }

    private Optional<Payment> paymentByIntent(String paymentIntentId, String sessionPublicId) {
        Optional<Payment> byIntent = paymentIntentId == null ? Optional.empty()
                : em.createNamedQuery("Payment.byIntent", Payment.class).setParameter("id", paymentIntentId)
                .getResultStream().findFirst();
        if (byIntent.isPresent() || sessionPublicId == null) {
            return byIntent;
        }
        return em.createQuery("select p from Payment p, ChatSession s where s.id = p.sessionId"
                        + " and s.publicId = :session", Payment.class)
                .setParameter("session", sessionPublicId).getResultStream().findFirst();
    }
}
