package io.humanlink.billing;

import io.humanlink.profile.PriceTier;
import io.humanlink.sessions.BillingBasis;
import io.humanlink.sessions.BookingAttempt;
import io.humanlink.sessions.BookingEntitlements;
import io.humanlink.sessions.EntitlementDecision;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Billing's answer to "who may book what", replacing the open rule sessions ships with. A verified email is needed
 * for anything. Sessions with a premium-tier Friend, and types the plan does not include (voice and video by default),
 * are premium: paid per session, whatever the status. A trialing or active subscriber (a "Super User") books the
 * plan's types without limit. Everyone else gets a weekly allowance of free sessions of the plan's types (weeks start
 * on Monday in the user's zone), counted over the sessions they booked that were not cancelled in time.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class BillingEntitlements implements BookingEntitlements {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    @Inject
    BillingSettings settings;

    @Override
    public EntitlementDecision decide(BookingAttempt attempt) {
        if (!attempt.user().isEmailVerified()) {
            return EntitlementDecision.refuse("Verify your email address before booking a session.");
        }
        boolean premiumFriend = settings.premiumFriendsArePremium()
                && attempt.friend().getPriceTier() == PriceTier.PREMIUM;
        if (premiumFriend || !settings.planIncludes().contains(attempt.type())) {
            return EntitlementDecision.payFirst(charge(attempt));
        }
        if (subscriptions.statusOf(attempt.user().getId()).isSuperUser()) {
            return EntitlementDecision.allow(BillingBasis.SUBSCRIPTION);
        }
        if (freeSessionsThisWeek(attempt) < settings.freeSessionsPerWeek()) {
            return EntitlementDecision.allow(BillingBasis.FREE);
        }
        return EntitlementDecision.refuse("You have used this week's free sessions. Start your free trial of "
                + "unlimited text sessions to book more.");
    }

    private EntitlementDecision.Charge charge(BookingAttempt attempt) {
        long minutes = Duration.between(attempt.slot().start(), attempt.slot().end()).toMinutes();
        long amount = Math.ceilDiv(settings.premiumPricePerHour() * minutes, 60L);
        String description = attempt.type().code() + " session, " + minutes + " min, with "
                + attempt.friend().getUser().getDisplayName();
        return new EntitlementDecision.Charge(amount, settings.premiumCurrency(), description, settings.payWithin());
    }

    private long freeSessionsThisWeek(BookingAttempt attempt) {
        ZoneId zone = ZoneId.of(attempt.user().getTimeZone());
        Instant weekStart = attempt.slot().start().atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        Instant weekEnd = weekStart.atZone(zone).plusWeeks(1).toInstant();
        return em.createQuery("select count(s) from ChatSession s where s.user = :user"
                        + " and s.billingBasis = io.humanlink.sessions.BillingBasis.FREE"
                        + " and s.startsAt >= :from and s.startsAt < :to"
                        + " and (s.status <> io.humanlink.sessions.SessionStatus.CANCELLED or s.lateCancellation = true)",
                        Long.class)
                .setParameter("user", attempt.user()).setParameter("from", weekStart).setParameter("to", weekEnd)
                .getSingleResult();
    }
}
