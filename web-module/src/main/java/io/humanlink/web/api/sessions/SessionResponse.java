package io.humanlink.web.api.sessions;

import io.humanlink.identity.User;
import io.humanlink.sessions.ChatSession;
import io.humanlink.sessions.Party;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A session as one of its participants sees it: times as instants plus the same start and end in each side's own
 * zone (so both can check the wall-clock time they booked), who the other side is, and the lifecycle facts.
 */
public record SessionResponse(UUID id, String status, String type, Instant start, Instant end, int durationMinutes,
                              String you, Person user, Person friend, LocalTimes userTime, LocalTimes friendTime,
                              UUID conversationId, Instant actualStart, Instant actualEnd,
                              Long actualDurationSeconds, Cancellation cancellation, NoShow noShow,
                              int rescheduleCount, String billing, Instant paymentDueAt, String paymentUrl,
                              Instant createdAt) {

    public record Person(UUID id, String displayName) {
    }

    /** ISO-8601 local date-times with their offset in {@code timeZone}. */
    public record LocalTimes(String timeZone, String start, String end) {
    }

    public record Cancellation(String by, boolean late, String reason, Instant at) {
    }

    public record NoShow(String absent, String reportedBy) {
    }

    static SessionResponse of(ChatSession s, UUID callerId) {
        Party you = s.getUser().getPublicId().equals(callerId) ? Party.USER
                : s.getFriend().getPublicId().equals(callerId) ? Party.FRIEND : null;
        return new SessionResponse(s.getPublicId(), s.getStatus().name(), s.getType().code(), s.getStartsAt(),
                s.getEndsAt(), s.getDurationMinutes(), you == null ? null : you.name(), person(s.getUser()),
                person(s.getFriend()), local(s, s.getUserTimeZone()), local(s, s.getFriendTimeZone()),
                s.getConversation().getPublicId(), s.getActualStartedAt(), s.getActualEndedAt(),
                s.getActualDurationSeconds(),
                s.getCancelledBy() == null ? null : new Cancellation(s.getCancelledBy().name(),
                        s.isLateCancellation(), s.getCancelReason(), s.getCancelledAt()),
                s.getNoShowParty() == null ? null : new NoShow(s.getNoShowParty(),
                        s.getNoShowReportedBy() == null ? null : s.getNoShowReportedBy().name()),
                s.getRescheduleCount(), s.getBillingBasis().name(), s.getPaymentDueAt(), null, s.getCreatedAt());
    }

    /** With where to pay, for a booking that waits for its payment. */
    SessionResponse withPaymentUrl(String url) {
        return new SessionResponse(id, status, type, start, end, durationMinutes, you, user, friend, userTime,
                friendTime, conversationId, actualStart, actualEnd, actualDurationSeconds, cancellation, noShow,
                rescheduleCount, billing, paymentDueAt, url, createdAt);
    }

    private static Person person(User user) {
        return new Person(user.getPublicId(), user.getDisplayName());
    }

    private static LocalTimes local(ChatSession s, String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        return new LocalTimes(zoneId, s.getStartsAt().atZone(zone).toOffsetDateTime().toString(),
                s.getEndsAt().atZone(zone).toOffsetDateTime().toString());
    }
}
