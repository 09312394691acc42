package io.humanlink.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Queues notifications in the caller's transaction; a key already queued is not queued again. */
@ApplicationScoped
public class NotificationOutbox {

    public static final String NEW_MATCH = "NEW_MATCH";

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(long userId, String kind, String payloadJson, String dedupeKey) {
        long existing = em.createNamedQuery("Notification.countByDedupeKey", Long.class)
                .setParameter("key", dedupeKey).getSingleResult();
        if (existing == 0) {
            em.persist(new Notification(userId, kind, payloadJson, dedupeKey, clock.instant()));
        }
    }
}
