package io.humanlink.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Remembers which webhook events (Stripe, Twilio) were applied. The row is written in the caller's transaction, so it
 * exists exactly when the event's effects were committed: a redelivery finds it and does nothing, a failed attempt
 * leaves no row and the redelivery is applied.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProcessedWebhookEvents {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records the event; false if it was recorded before (the caller then skips it). */
    public boolean firstTime(String provider, String eventId) {
        return em.createNativeQuery("insert into processed_webhook_events (provider, event_id, received_at)"
                        + " select ?, ?, ? where not exists (select 1 from processed_webhook_events"
                        + " where provider = ? and event_id = ?)")
                .setParameter(1, provider).setParameter(2, eventId)
                .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(4, provider).setParameter(5, eventId).executeUpdate() == 1;
    }
}
