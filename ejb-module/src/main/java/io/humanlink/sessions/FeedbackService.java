package io.humanlink.sessions;

import io.humanlink.matching.MatchService;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.SqlStates;
import io.humanlink.profile.FriendProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Feedback after a completed session, once per participant. A user's rating goes into the Friend's rating aggregate
 * (under the profile's row lock, so parallel ratings all count); a rating of 2 or less or a "never again" raises a
 * quality signal for managers; "never again" from either side keeps matching from proposing the pair again.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    SessionAccess access;

    @Inject
    SessionSettings settings;

    @Inject
    MatchService matches;

    @Inject
    Clock clock;

    public Feedback submit(UUID callerId, UUID sessionId, FeedbackRequest request) {
        Instant now = clock.instant();
        ChatSession session = access.participating(callerId, sessionId);
        Party author = access.partyOf(session, callerId);
        if (session.getStatus() != SessionStatus.COMPLETED) {
            throw new DomainException(409, "session-not-completed", "Session not completed",
                    "Feedback can be given once the session is completed; this one is " + session.getStatus() + ".");
        }
        Instant ended = session.getActualEndedAt() != null ? session.getActualEndedAt() : session.getEndsAt();
        if (now.isAfter(ended.plus(settings.feedbackWindow()))) {
            throw new DomainException(409, "feedback-closed", "Feedback closed",
                    "Feedback is taken for " + settings.feedbackWindow().toDays() + " days after a session.");
        }
        long given = em.createQuery("select count(f) from Feedback f where f.session = :session"
                        + " and f.authorRole = :author", Long.class)
                .setParameter("session", session).setParameter("author", author).getSingleResult();
        if (given > 0) {
            throw alreadyGiven();
        }
        Feedback feedback = new Feedback(session, author, request.rating(), request.comment(), request.seeAgain(),
                now);
        em.persist(feedback);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                throw alreadyGiven();
            }
            throw e;
        }
        if (author == Party.USER) {
            em.find(FriendProfile.class, session.getFriend().getId(), LockModeType.PESSIMISTIC_WRITE)
                    .addRating(request.rating(), now);
        }
        if (feedback.isLowRating()) {
            em.persist(new QualitySignal(feedback, QualitySignal.Kind.LOW_RATING, now));
        }
        if (request.seeAgain() == SeeAgain.NEVER) {
            em.persist(new QualitySignal(feedback, QualitySignal.Kind.NEVER_AGAIN, now));
            matches.neverAgain(session.getUser(), session.getFriend(),
                    author == Party.USER ? "NEVER_AGAIN" : "FRIEND_NEVER_AGAIN");
        }
        return feedback;
    }

    private static DomainException alreadyGiven() {
        return new DomainException(409, "feedback-already-given", "Feedback already given",
                "You already gave feedback on this session.");
    }
}
