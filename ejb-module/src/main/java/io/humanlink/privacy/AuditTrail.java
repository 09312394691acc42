package io.humanlink.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;

/** Records privileged actions in the caller's transaction, so the record and the action commit or fail together. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(TxType.MANDATORY)
    public void record(Long actorId, String action, String subject, String detail) {
        em.persist(new AuditEntry(actorId, action, subject, detail, clock.instant()));
    }
}
