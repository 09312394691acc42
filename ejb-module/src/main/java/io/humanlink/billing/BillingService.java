package io.humanlink.billing;

import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscribing and managing it: a hosted checkout for a plan (with the free trial for a first subscription of a
 * person), the provider's customer portal, and the overview of one's billing. The subscription's state itself only
 * ever comes from the provider's events.
 */
@ApplicationScoped
@Transactional
public class BillingService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    BillingCustomers customers;

    @Inject
    Subscriptions subscriptions;

    @Inject
    TrialClaims trials;

    @Inject
    PaymentGateway gateway;

    @Inject
    BillingSettings settings;

    @Inject
    Clock clock;

    /** Where to subscribe to {@code planId}; the trial applies when this person never had one. */
    public String checkout(UUID userId, String planId) {
        User user = users.require(userId);
        Plan plan = settings.plan(planId);
        BillingStatus status = subscriptions.statusOf(user.getId());
        if (status == BillingStatus.TRIALING || status == BillingStatus.ACTIVE || status == BillingStatus.PAST_DUE) {
            throw new DomainException(409, "already-subscribed", "Already subscribed",
                    "You already have a subscription (" + status.name().toLowerCase() + "); manage it in the portal.");
        }
        if (!user.isEmailVerified()) {
            throw new DomainException(403, "email-not-verified", "Email not verified",
                    "Verify your email address before subscribing.");
        }
        boolean trial = settings.trialDays() > 0 && !subscriptions.everSubscribed(user.getId())
                && trials.claim(TrialClaims.Kind.EMAIL, user.getEmail(), user.getId());
        int trialDays = trial ? settings.trialDays() : 0;
        String customerId = customers.customerIdFor(user);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return gateway.subscriptionCheckout(customerId, plan.priceId(), trialDays, user.getPublicId().toString(),
                settings.successUrl(), settings.cancelUrl(),
                "subscribe-" + user.getPublicId() + "-" + plan.id() + "-" + trialDays + "-" + today).url();
    }

    public String portal(UUID userId) {
        User user = users.require(userId);
        BillingCustomer customer = em.find(BillingCustomer.class, user.getId());
        if (customer == null) {
            throw new DomainException(409, "no-billing-account", "No billing account",
                    "You have not subscribed or paid yet, so there is nothing to manage.");
        }
        return gateway.portalUrl(customer.getProviderCustomerId(), settings.portalReturnUrl());
    }

    public BillingOverview overview(UUID userId) {
        User user = users.require(userId);
        Optional<Subscription> current = subscriptions.currentOf(user.getId());
        BillingStatus status = current.map(Subscription::getStatus).orElse(BillingStatus.NONE);
        Plan plan = current.map(s -> s.getPriceId() == null ? null : settings.planByPrice(s.getPriceId()))
                .orElse(null);
        boolean renewing = status == BillingStatus.ACTIVE || status == BillingStatus.TRIALING
                || status == BillingStatus.PAST_DUE;
        return new BillingOverview(plan, status, current.map(Subscription::getTrialEnd).orElse(null),
                renewing && !current.get().isCancelAtPeriodEnd() ? current.get().getCurrentPeriodEnd() : null,
                current.map(Subscription::isCancelAtPeriodEnd).orElse(false),
                em.createNamedQuery("Invoice.ofUser", Invoice.class).setParameter("user", user.getId())
                        .setMaxResults(24).getResultList());
    }
}
