package io.humanlink.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The one billing query the rest of the product asks: what is this user's subscription now. */
@ApplicationScoped
@Transactional
public class Subscriptions {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    /** The subscription most recently reported for the user, if any. */
    public Optional<Subscription> currentOf(long userId) {
        return em.createNamedQuery("Subscription.latestOfUser", Subscription.class).setParameter("user", userId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public BillingStatus statusOf(long userId) {
        return currentOf(userId).map(Subscription::getStatus).orElse(BillingStatus.NONE);
    }

    /** Whether the user ever had a subscription (a trial is then no longer theirs to take). */
    public boolean everSubscribed(long userId) {
        return em.createQuery("select count(s) from Subscription s where s.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult() > 0;
    }
}
