package io.humanlink.sessions;

import io.humanlink.chat.Conversation;
import io.humanlink.identity.User;
import io.humanlink.profile.SessionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A booked text, voice or video session between a user and a Friend: the aggregate of booking. Invariants: it moves
 * (PENDING_PAYMENT →) SCHEDULED → LIVE → COMPLETED, or to CANCELLED (only before its start) or NO_SHOW (only after
 * its start); only a
 * SCHEDULED session is moved in time; {@code busyUntil} = end + the Friend's buffer, the span the Friend's calendar
 * keeps free. Who may do what and when (notice, windows, availability) is decided by {@link BookingService} before a
 * method here is called; the entity refuses transitions its state does not allow.
 */
@Entity
@Table(name = "chat_sessions")
@NamedQuery(name = "ChatSession.byPublicId", query = "select s from ChatSession s where s.publicId = :publicId")
@NamedQuery(name = "ChatSession.byIdempotencyKey",
        query = "select s from ChatSession s where s.user = :user and s.idempotencyKey = :key")
// A person is held by their sessions on either side: as the Friend up to busyUntil, as the user up to endsAt.
@NamedQuery(name = "ChatSession.personOverlapping", query = "select s from ChatSession s where s.status in :holding"
        + " and s.id <> :except and s.startsAt < :until and ((s.friend = :person and s.busyUntil > :from)"
        + " or (s.user = :person and s.endsAt > :from))")
@NamedQuery(name = "ChatSession.friendCountStarting", query = "select count(s) from ChatSession s"
        + " where s.friend = :friend and s.status in :counted and s.startsAt >= :from and s.startsAt < :until"
        + " and s.id <> :except")
public class ChatSession {

    @Id
    @SequenceGenerator(name = "chat_sessions_seq", sequenceName = "chat_sessions_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_sessions_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", updatable = false)
    private User user;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "friend_id", updatable = false)
    private User friend;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_type", nullable = false, updatable = false)
    private SessionType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "busy_until", nullable = false)
    private Instant busyUntil;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "user_time_zone", nullable = false)
    private String userTimeZone;

    @Column(name = "friend_time_zone", nullable = false)
    private String friendTimeZone;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", updatable = false)
    private Conversation conversation;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", updatable = false)
    private String requestFingerprint;

    @Column(name = "actual_started_at")
    private Instant actualStartedAt;

    @Column(name = "actual_ended_at")
    private Instant actualEndedAt;

    @Column(name = "actual_duration_seconds")
    private Long actualDurationSeconds;

    @Column(name = "user_joined_at")
    private Instant userJoinedAt;

    @Column(name = "friend_joined_at")
    private Instant friendJoinedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    private Party cancelledBy;

    @Column(name = "late_cancellation", nullable = false)
    private boolean lateCancellation;

    @Column(name = "cancel_reason")
    private String cancelReason;

    /** USER, FRIEND, or BOTH (a call nobody joined); a String because BOTH is not a {@link Party}. */
    @Column(name = "no_show_party")
    private String noShowParty;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_show_reported_by")
    private Party noShowReportedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_basis", nullable = false, updatable = false)
    private BillingBasis billingBasis;

    @Column(name = "payment_due_at")
    private Instant paymentDueAt;

    @Column(name = "reschedule_count", nullable = false)
    private int rescheduleCount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ChatSession() {
    }

    /**
     * A new booking: SCHEDULED, or PENDING_PAYMENT until {@code paymentDueAt} when {@code paymentDueAt} is given (a
     * premium session holds its time while the user pays).
     */
    public ChatSession(User user, User friend, SessionType type, TimeWindow slot, Duration friendBuffer,
                       String friendTimeZone, Conversation conversation, String idempotencyKey,
                       String requestFingerprint, BillingBasis billingBasis, Instant paymentDueAt, Instant now) {
        if (user.equals(friend)) {
            throw new IllegalArgumentException("a Friend cannot book themselves");
        }
        this.publicId = UUID.randomUUID().toString();
        this.user = user;
        this.friend = friend;
        this.type = type;
        this.status = paymentDueAt == null ? SessionStatus.SCHEDULED : SessionStatus.PENDING_PAYMENT;
        this.billingBasis = billingBasis;
        this.paymentDueAt = paymentDueAt;
        this.userTimeZone = user.getTimeZone();
        this.friendTimeZone = friendTimeZone;
        this.conversation = conversation;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.createdAt = now;
        place(slot, friendBuffer, now);
    }

    /** Moves a scheduled session to another time (the checks that the time is bookable were made by the caller). */
    public void reschedule(TimeWindow slot, Duration friendBuffer, Instant now) {
        requireStatus(SessionStatus.SCHEDULED, "rescheduled");
        place(slot, friendBuffer, now);
        rescheduleCount++;
    }

    /** The payment arrived: a pending premium session is booked. */
    public void confirmPayment(Instant now) {
        requireStatus(SessionStatus.PENDING_PAYMENT, "confirmed as paid");
        status = SessionStatus.SCHEDULED;
        paymentDueAt = null;
        updatedAt = now;
    }

    /** The payment failed or did not arrive in time: the held time is given back. */
    public void releaseUnpaid(String reason, Instant now) {
        requireStatus(SessionStatus.PENDING_PAYMENT, "released");
        status = SessionStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = now;
        updatedAt = now;
    }

    public void cancel(Party by, String reason, boolean late, Instant now) {
        if (status != SessionStatus.SCHEDULED && status != SessionStatus.PENDING_PAYMENT) {
            throw new IllegalStateException("a " + status + " session cannot be cancelled");
        }
        status = SessionStatus.CANCELLED;
        cancelledBy = by;
        cancelReason = reason;
        lateCancellation = late;
        cancelledAt = now;
        updatedAt = now;
    }

    /** {@code reporter} says the other party did not come. */
    public void reportNoShow(Party reporter, Instant now) {
        if (!status.isBooked()) {
            throw new IllegalStateException("a " + status + " session cannot become a no-show");
        }
        status = SessionStatus.NO_SHOW;
        noShowParty = reporter.other().name();
        noShowReportedBy = reporter;
        updatedAt = now;
    }

    /** A call nobody joined, closed after its end. */
    public void closeUnattended(Instant now) {
        requireStatus(SessionStatus.SCHEDULED, "closed as unattended");
        status = SessionStatus.NO_SHOW;
        noShowParty = "BOTH";
        updatedAt = now;
    }

    /** The session is under way (a call room opened, a participant joined, or a text session reached its start). */
    public void start(Instant at, Instant now) {
        if (status == SessionStatus.SCHEDULED) {
            status = SessionStatus.LIVE;
            actualStartedAt = at;
            updatedAt = now;
        }
    }

    public void participantJoined(Party party, Instant at, Instant now) {
        if (party == Party.USER && userJoinedAt == null) {
            userJoinedAt = at;
        } else if (party == Party.FRIEND && friendJoinedAt == null) {
            friendJoinedAt = at;
        }
        start(at, now);
    }

    /**
     * The session is over: the call room closed or the end time passed. {@code durationSeconds} as measured by the
     * provider when it reported one, else from the recorded start. A room that closes before the scheduled start is
     * someone trying the call early (tokens work from {@code call-opens-before}) and leaving again; the session has not
     * taken place, so it stays open for the participants to come back. Returns whether it completed now.
     */
    public boolean complete(Instant at, Long durationSeconds, Instant now) {
        if (!status.isBooked() || at.isBefore(startsAt)) {
            return false;
        }
        if (actualStartedAt == null) {
            actualStartedAt = durationSeconds == null ? startsAt : at.minusSeconds(durationSeconds);
        }
        status = SessionStatus.COMPLETED;
        actualEndedAt = at;
        actualDurationSeconds = durationSeconds != null ? durationSeconds
                : Math.max(0, Duration.between(actualStartedAt, at).toSeconds());
        updatedAt = now;
        return true;
    }

    /** The side {@code userId} is on, if they take part at all. */
    public Optional<Party> partyOf(long userId) {
        if (user.getId() == userId) {
            return Optional.of(Party.USER);
        }
        if (friend.getId() == userId) {
            return Optional.of(Party.FRIEND);
        }
        return Optional.empty();
    }

    public Instant joinedAt(Party party) {
        return party == Party.USER ? userJoinedAt : friendJoinedAt;
    }

    public User participant(Party party) {
        return party == Party.USER ? user : friend;
    }

    public TimeWindow slot() {
        return new TimeWindow(startsAt, endsAt);
    }

    private void place(TimeWindow slot, Duration friendBuffer, Instant now) {
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.busyUntil = slot.end().plus(friendBuffer);
        this.durationMinutes = (int) Duration.between(slot.start(), slot.end()).toMinutes();
        this.updatedAt = now;
    }

    private void requireStatus(SessionStatus required, String action) {
        if (status != required) {
            throw new IllegalStateException("a " + status + " session cannot be " + action);
        }
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    public User getUser() {
        return user;
    }

    public User getFriend() {
        return friend;
    }

    public SessionType getType() {
        return type;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    /** The end plus the Friend's buffer as booked: until then the Friend's calendar stays free of other sessions. */
    public Instant getBusyUntil() {
        return busyUntil;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getUserTimeZone() {
        return userTimeZone;
    }

    public String getFriendTimeZone() {
        return friendTimeZone;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    public Instant getActualStartedAt() {
        return actualStartedAt;
    }

    public Instant getActualEndedAt() {
        return actualEndedAt;
    }

    public Long getActualDurationSeconds() {
        return actualDurationSeconds;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Party getCancelledBy() {
        return cancelledBy;
    }

    public boolean isLateCancellation() {
        return lateCancellation;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getNoShowParty() {
        return noShowParty;
    }

    public Party getNoShowReportedBy() {
        return noShowReportedBy;
    }

    public BillingBasis getBillingBasis() {
        return billingBasis;
    }

    public Instant getPaymentDueAt() {
        return paymentDueAt;
    }

    public int getRescheduleCount() {
        return rescheduleCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
