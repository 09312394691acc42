package io.humanlink.sessions;

import io.humanlink.chat.ConversationKind;
import io.humanlink.chat.Conversations;
import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.SqlStates;
import io.humanlink.profile.FriendProfile;
import io.humanlink.profile.FriendProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Books, moves, cancels and closes sessions as no-shows. Every decision about one Friend's time is taken while holding
 * that Friend's profile row lock, so parallel requests are decided in turn with a clear answer; on PostgreSQL the
 * exclusion constraints stand behind it (a slot can never be held twice, whatever path wrote the row).
 */
@ApplicationScoped
@Transactional
public class BookingService {

    /**
     * A booking, whether it was an earlier one returned again for a repeated Idempotency-Key, and where to pay when it
     * waits for its payment (null otherwise).
     */
    public record Booking(ChatSession session, boolean replayed, String paymentUrl) {
    }

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    FriendProfileService friendProfiles;

    @Inject
    BookingRules rules;

    @Inject
    BookingEntitlements entitlements;

    @Inject
    Conversations conversations;

    @Inject
    SessionNotifications notifications;

    @Inject
    SessionSettings settings;

    @Inject
    SessionAccess access;

    @Inject
    Instance<SessionPayments> payments;

    @Inject
    Event<SessionClosed> closed;

    @Inject
    Clock clock;

    public Booking book(UUID userId, BookingRequest request, String idempotencyKey) {
        Instant now = clock.instant();
        User user = users.require(userId);
        Optional<ChatSession> earlier = earlierBooking(user, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), request);
        }
        TimeWindow slot = rules.shape(request.start(), request.durationMinutes(), now);
        if (user.getPublicId().equals(request.friendId())) {
            throw DomainException.validation("friendId", "cannot be yourself");
        }
        FriendProfile friend = lockedFriend(request.friendId());
        // Again under the Friend's lock: a parallel retry of the same request waits for the first, then finds it.
        earlier = earlierBooking(user, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), request);
        }
        if (!friend.getSessionTypes().contains(request.type())) {
            throw DomainException.validation("type", "is not offered by this Friend (offers "
                    + friend.getSessionTypes().stream().map(t -> t.code()).sorted().toList() + ")");
        }
        EntitlementDecision decision = entitlements.decide(new BookingAttempt(user, friend, request.type(), slot));
        if (!decision.allowed()) {
            throw new DomainException(403, "booking-not-permitted", "Booking not permitted", decision.refusal());
        }
        access.requireNotBlocked(user, friend.getUser());
        if (!friend.isAcceptingNew() && !access.knowEachOther(user, friend.getUser())) {
            throw new DomainException(409, "friend-not-accepting", "Friend not taking new people",
                    "This Friend is not taking new people at the moment.");
        }
        rules.requireBookable(friend, user, slot, null);
        Instant paymentDueAt = decision.requiresPayment() ? now.plus(decision.charge().payWithin()) : null;
        ChatSession session = new ChatSession(user, friend.getUser(), request.type(), slot, settings.friendBuffer(),
                friend.getTimeZone().getId(),
                conversations.open(ConversationKind.SESSION, List.of(user, friend.getUser())),
                idempotencyKey, request.fingerprint(), decision.basis(), paymentDueAt, now);
        em.persist(session);
        flushGuarded();
        if (decision.requiresPayment()) {
            return new Booking(session, false, payments.get().startPayment(session, decision.charge()));
        }
        notifications.booked(session, now);
        return new Booking(session, false, null);
    }

    /**
     * The payment of a pending session arrived. Returns false when the session no longer waits for it (it was
     * released meanwhile), so the caller gives the money back.
     */
    public boolean confirmPaid(UUID sessionId) {
        Instant now = clock.instant();
        ChatSession session = access.byPublicId(sessionId);
        if (session == null) {
            return false;
        }
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        if (session.getStatus() != SessionStatus.PENDING_PAYMENT) {
            return session.getStatus() != SessionStatus.CANCELLED;
        }
        session.confirmPayment(now);
        notifications.booked(session, now);
        return true;
    }

    /** The payment of a pending session failed or expired: its time is given back. */
    public void releaseUnpaid(UUID sessionId, String reason) {
        ChatSession session = access.byPublicId(sessionId);
        if (session == null) {
            return;
        }
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        if (session.getStatus() == SessionStatus.PENDING_PAYMENT) {
            session.releaseUnpaid(reason, clock.instant());
            closed.fire(new SessionClosed(session));
        }
    }

    public ChatSession reschedule(UUID callerId, UUID sessionId, Instant start, Integer durationMinutes) {
        Instant now = clock.instant();
        ChatSession session = access.participating(callerId, sessionId);
        Party by = access.partyOf(session, callerId);
        FriendProfile friend = em.find(FriendProfile.class, session.getFriend().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        em.refresh(session);
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw notAllowed("Only a scheduled session can be moved; this one is " + session.getStatus() + ".");
        }
        if (!now.isBefore(session.getStartsAt().minus(settings.cancellationWindow()))) {
            throw new DomainException(409, "too-late-to-reschedule", "Too late to reschedule",
                    "A session can be moved until " + settings.cancellationWindow().toHours()
                            + " hours before its start; cancel it instead.");
        }
        TimeWindow slot = rules.shape(start, durationMinutes == null ? session.getDurationMinutes() : durationMinutes,
                now);
        rules.requireBookable(friend, session.getUser(), slot, session);
        session.reschedule(slot, settings.friendBuffer(), now);
        flushGuarded();
        notifications.rescheduled(session, by, now);
        return session;
    }

    public ChatSession cancel(UUID callerId, UUID sessionId, String reason) {
        Instant now = clock.instant();
        ChatSession session = access.participating(callerId, sessionId);
        Party by = access.partyOf(session, callerId);
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        if (session.getStatus() != SessionStatus.SCHEDULED && session.getStatus() != SessionStatus.PENDING_PAYMENT) {
            throw notAllowed("Only a scheduled session can be cancelled; this one is " + session.getStatus() + ".");
        }
        if (!now.isBefore(session.getStartsAt())) {
            throw notAllowed("The session has started; report a no-show instead if the other side did not come.");
        }
        boolean late = !now.isBefore(session.getStartsAt().minus(settings.cancellationWindow()));
        boolean wasBooked = session.getStatus() == SessionStatus.SCHEDULED;
        session.cancel(by, reason, late, now);
        if (wasBooked) {
            notifications.cancelled(session, by);
        }
        closed.fire(new SessionClosed(session));
        return session;
    }

    /** The caller says the other party did not come. */
    public ChatSession reportNoShow(UUID callerId, UUID sessionId) {
        Instant now = clock.instant();
        ChatSession session = access.participating(callerId, sessionId);
        Party reporter = access.partyOf(session, callerId);
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        if (!session.getStatus().isBooked()) {
            throw notAllowed("A " + session.getStatus() + " session cannot be reported as a no-show.");
        }
        if (now.isBefore(session.getStartsAt().plus(settings.noShowGrace()))) {
            throw new DomainException(409, "too-early-for-no-show", "Too early to report a no-show",
                    "A no-show can be reported " + settings.noShowGrace().toMinutes()
                            + " minutes after the start at the earliest.");
        }
        if (now.isAfter(session.getEndsAt().plus(settings.noShowReportUntil()))) {
            throw notAllowed("It is too long after the session to report a no-show.");
        }
        if (session.joinedAt(reporter.other()) != null) {
            throw new DomainException(409, "participant-was-present", "The other side was there",
                    "The call records show the other participant joined at " + session.joinedAt(reporter.other())
                            + ".");
        }
        session.reportNoShow(reporter, now);
        notifications.ended(session);
        closed.fire(new SessionClosed(session));
        return session;
    }

    private Optional<ChatSession> earlierBooking(User user, String idempotencyKey) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("ChatSession.byIdempotencyKey", ChatSession.class)
                .setParameter("user", user).setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    private Booking replay(ChatSession earlier, BookingRequest request) {
        if (!earlier.getRequestFingerprint().equals(request.fingerprint())) {
            throw new DomainException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used for a different booking request.");
        }
        return new Booking(earlier, true, earlier.getStatus() == SessionStatus.PENDING_PAYMENT
                ? payments.get().paymentUrl(earlier) : null);
    }

    private FriendProfile lockedFriend(UUID friendId) {
        User friendUser = users.findByPublicId(friendId)
                .orElseThrow(() -> DomainException.notFound("Friend " + friendId));
        if (em.find(FriendProfile.class, friendUser.getId(), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw DomainException.notFound("Friend " + friendId);
        }
        return friendProfiles.publicProfile(friendId);
    }

    /** Writes now, so a slot the database refuses (PostgreSQL exclusion constraint) is a clear 409. */
    private void flushGuarded() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.causedBy(e, SqlStates.EXCLUSION_VIOLATION)) {
                throw BookingRules.slotTaken("That time was just taken.");
            }
            throw e;
        }
    }

    private static DomainException notAllowed(String detail) {
        return new DomainException(409, "invalid-session-state", "Not possible in this state", detail);
    }
}
