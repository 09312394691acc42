package io.humanlink.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Queues notifications in the caller's transaction (so a notification exists exactly when the change it announces
 * was committed). Delivery (push, email) drains the table later; nothing here talks to the outside.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    /** Due at once. */
    public void enqueue(long userId, String kind, JsonObject payload, String dedupeKey) {
        em.persist(new OutboxNotification(userId, kind, payload.toString(), dedupeKey, clock.instant(), null));
    }

    /** Due at {@code dueAt}, e.g. a reminder. */
    public void schedule(long userId, String kind, JsonObject payload, String dedupeKey, Instant dueAt) {
        em.persist(new OutboxNotification(userId, kind, payload.toString(), dedupeKey, clock.instant(), dueAt));
    }

    /** Withdraws the undelivered notifications whose key starts with {@code dedupeKeyPrefix} (no LIKE wildcards). */
    public int withdrawPending(String dedupeKeyPrefix) {
        return em.createQuery("delete from OutboxNotification n where n.deliveredAt is null"
                        + " and n.dedupeKey like :prefix")
                .setParameter("prefix", dedupeKeyPrefix + "%")
                .executeUpdate();
    }
}
