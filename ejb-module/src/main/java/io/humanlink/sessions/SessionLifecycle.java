package io.humanlink.sessions;

import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.ProcessedWebhookEvents;
import io.humanlink.profile.SessionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Moves sessions along as time passes and calls happen. Room events (verified by the webhook) record when a call
 * started and ended and who joined; each event is processed once, by its key in {@code processed_webhook_events}.
 * The sweep starts text sessions at their start time and completes them at their end, completes calls whose
 * room-ended report never came, and closes calls nobody joined as no-shows.
 */
@ApplicationScoped
@Transactional
public class SessionLifecycle implements RoomEvents {

    private static final Logger LOG = Logger.getLogger(SessionLifecycle.class.getName());
    private static final String ROOM_PREFIX = "session-";

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    SessionNotifications notifications;

    @Inject
    SessionSettings settings;

    @Inject
    Event<SessionClosed> closed;

    @Inject
    ProcessedWebhookEvents processedEvents;

    @Inject
    Clock clock;

    @Override
    public void record(RoomEvent event) {
        Instant now = clock.instant();
        if (!processedEvents.firstTime("twilio", event.eventKey())) {
            return;
        }
        Optional<ChatSession> found = sessionOfRoom(event.roomName());
        if (found.isEmpty()) {
            LOG.warning(() -> "Room event for an unknown room " + event.roomName() + " ignored");
            return;
        }
        ChatSession session = found.get();
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        switch (event.kind()) {
            case ROOM_STARTED -> session.start(event.occurredAt(), now);
            case PARTICIPANT_JOINED -> participant(session, event.identity())
                    .ifPresent(party -> session.participantJoined(party, event.occurredAt(), now));
            case ROOM_ENDED -> {
                if (session.complete(event.occurredAt(), event.durationSeconds(), now)) {
                    notifications.ended(session);
                    closed.fire(new SessionClosed(session));
                }
            }
            default -> {
                // Participants leaving and other room news change nothing about the session.
            }
        }
    }

    /** One pass of the time-driven transitions; returns how many sessions moved. */
    public int sweep() {
        Instant now = clock.instant();
        int moved = 0;
        for (ChatSession session : due("select s from ChatSession s where s.status = :scheduled"
                + " and s.type = :text and s.startsAt <= :now", now)) {
            session.start(session.getStartsAt(), now);
            moved++;
        }
        for (ChatSession session : due("select s from ChatSession s where s.status = :live and s.type = :text"
                + " and s.endsAt <= :now", now)) {
            session.complete(session.getEndsAt(), null, now);
            closed.fire(new SessionClosed(session));
            moved++;
        }
        for (ChatSession session : due("select s from ChatSession s where s.status = :pending"
                + " and s.paymentDueAt <= :now", now)) {
            session.releaseUnpaid("The payment did not arrive in time.", now);
            closed.fire(new SessionClosed(session));
            moved++;
        }
        Instant unattended = now.minus(settings.unattendedCallAfter());
        for (ChatSession session : due("select s from ChatSession s where s.status in (:scheduled, :live)"
                + " and s.type <> :text and s.endsAt <= :now", unattended)) {
            if (session.getStatus() == SessionStatus.LIVE) {
                session.complete(session.getEndsAt(), null, now);
            } else {
                session.closeUnattended(now);
            }
            notifications.ended(session);
            closed.fire(new SessionClosed(session));
            moved++;
        }
        return moved;
    }

    /**
     * Rows locked, so two sweepers (two nodes) never move one session twice: the second waits, and PostgreSQL
     * re-checks the condition on the rows the first one changed.
     */
    private List<ChatSession> due(String jpql, Instant now) {
        // By id, so two nodes lock the same rows in the same order and never deadlock each other.
        var query = em.createQuery(jpql + " order by s.id", ChatSession.class).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(500);
        if (jpql.contains(":scheduled")) {
            query.setParameter("scheduled", SessionStatus.SCHEDULED);
        }
        if (jpql.contains(":pending")) {
            query.setParameter("pending", SessionStatus.PENDING_PAYMENT);
        }
        if (jpql.contains(":live")) {
            query.setParameter("live", SessionStatus.LIVE);
        }
        if (jpql.contains(":text")) {
            query.setParameter("text", SessionType.TEXT);
        }
        return query.getResultList();
    }

    private Optional<ChatSession> sessionOfRoom(String roomName) {
        if (roomName == null || !roomName.startsWith(ROOM_PREFIX)) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(roomName.substring(ROOM_PREFIX.length()));
            return em.createNamedQuery("ChatSession.byPublicId", ChatSession.class)
                    .setParameter("publicId", id.toString()).getResultStream().findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Party> participant(ChatSession session, String identity) {
        try {
            return users.findByPublicId(UUID.fromString(identity)).map(User::getId).flatMap(session::partyOf);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
