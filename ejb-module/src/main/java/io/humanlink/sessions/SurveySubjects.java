package io.humanlink.sessions;

import java.util.UUID;

/**
 * Whom a per-session survey may be answered about: the port between surveys and the session lifecycle, so that
 * surveys need not know how sessions are stored. The default is {@link SurveyCompletedSessions}.
 */
public interface SurveySubjects {

    /**
     * Whether user {@code userId} (internal id) took part in the session with public id {@code sessionId} and it is
     * completed. False for a session that does not exist, too, so the answer reveals nothing about others' sessions.
     */
    boolean mayAnswerAbout(long userId, UUID sessionId);
}
