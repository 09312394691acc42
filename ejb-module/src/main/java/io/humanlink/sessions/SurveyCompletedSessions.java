package io.humanlink.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * A session may be surveyed by its two participants (the user who booked it and the Friend) once it is COMPLETED.
 *
 * <p>Reads {@code chat_sessions} with a native query rather than through the session entity, so surveys depend on
 * three columns only; the query is prepared when it runs, so this class needs neither the table nor the entity to
 * compile or deploy.
 */
@ApplicationScoped
public class SurveyCompletedSessions implements SurveySubjects {

    private static final String COMPLETED_SESSION_OF = "select count(*) from chat_sessions "
            + "where public_id = ?1 and status = 'COMPLETED' and (user_id = ?2 or friend_id = ?3)";

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Override
    public boolean mayAnswerAbout(long userId, UUID sessionId) {
        Number count = (Number) em.createNativeQuery(COMPLETED_SESSION_OF)
                .setParameter(1, sessionId.toString())
                .setParameter(2, userId)
                .setParameter(3, userId)
                .getSingleResult();
        return count.longValue() > 0;
    }
}
