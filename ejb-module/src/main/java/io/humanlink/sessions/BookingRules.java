package io.humanlink.sessions;

import io.humanlink.identity.User;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.profile.FriendProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks a time must pass to be booked (or a session moved to it): allowed length, start on the step, notice and
 * horizon, inside the Friend's availability, clear of the Friend's other sessions and their buffer, clear of the
 * user's other sessions (for both, on either side: a Friend may also have booked as a user, and a user may be a
 * Friend), and under the Friend's daily cap (counted in the Friend's zone). The caller holds the
 * Friend's profile row lock, so two requests for one Friend are decided one after the other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class BookingRules {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    SessionSettings settings;

    /** The requested slot if its shape is valid; a 400 naming {@code start}/{@code durationMinutes} otherwise. */
    public TimeWindow shape(Instant start, int durationMinutes, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (!settings.durations().contains(durationMinutes)) {
            errors.add(new FieldError("durationMinutes", "must be one of " + new TreeSet<>(settings.durations())));
        }
        long step = settings.startStep().toSeconds();
        if (start.getNano() != 0 || start.getEpochSecond() % step != 0) {
            errors.add(new FieldError("start", "must fall on a " + settings.startStep().toMinutes()
                    + "-minute boundary"));
        } else if (start.isBefore(now.plus(settings.minimumNotice()))) {
            errors.add(new FieldError("start", "must be at least " + words(settings.minimumNotice())
                    + " from now (minimum notice)"));
        } else if (start.isAfter(now.plus(settings.bookingHorizon()))) {
            errors.add(new FieldError("start", "must be within " + settings.bookingHorizon().toDays()
                    + " days from now"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return new TimeWindow(start, start.plus(Duration.ofMinutes(durationMinutes)));
    }

    /**
     * Refuses (409) a slot the Friend is not available for, that collides with another session of either party, or
     * that would exceed the Friend's sessions for that day. {@code except} is the session being moved (or null).
     */
    public void requireBookable(FriendProfile friend, User user, TimeWindow slot, ChatSession except) {
        long exceptId = except == null ? -1L : except.getId();
        AvailabilityCalendar calendar = AvailabilityCalendar.of(friend);
        if (!calendar.covers(slot)) {
            throw new DomainException(409, "outside-availability", "Outside the Friend's availability",
                    "The Friend is not available for the whole of " + slot.start() + " to " + slot.end()
                            + " (their time zone is " + friend.getTimeZone().getId() + ").");
        }
        Duration buffer = settings.friendBuffer();
        if (busy(friend.getUser(), new TimeWindow(slot.start(), slot.end().plus(buffer)), exceptId)) {
            throw slotTaken("The Friend already has a session at that time (or too close to it: they keep "
                    + buffer.toMinutes() + " minutes free after each session).");
        }
        if (busy(user, slot, exceptId)) {
            throw slotTaken("You already have a session at that time.");
        }
        ZoneId zone = friend.getTimeZone();
        LocalDate day = slot.start().atZone(zone).toLocalDate();
        long sameDay = em.createNamedQuery("ChatSession.friendCountStarting", Long.class)
                .setParameter("friend", friend.getUser()).setParameter("counted", SessionStatus.COUNTED_FOR_CAP)
                .setParameter("from", day.atStartOfDay(zone).toInstant())
                .setParameter("until", day.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("except", exceptId).getSingleResult();
        if (sameDay >= friend.getMaxSessionsPerDay()) {
            throw new DomainException(409, "friend-fully-booked", "Friend fully booked that day",
                    "The Friend takes at most " + friend.getMaxSessionsPerDay() + " sessions a day and " + day
                            + " is full.");
        }
    }

    /**
     * Whether {@code person} is held during {@code span} by another session, on either side of it: a Friend also
     * books Friends as a user (the PostgreSQL table session_person_holds stands behind this for parallel requests).
     */
    private boolean busy(User person, TimeWindow span, long exceptId) {
        return !em.createNamedQuery("ChatSession.personOverlapping", ChatSession.class)
                .setParameter("person", person).setParameter("holding", SessionStatus.HOLDING_TIME)
                .setParameter("from", span.start()).setParameter("until", span.end())
                .setParameter("except", exceptId).setMaxResults(1).getResultList().isEmpty();
    }

    public static DomainException slotTaken(String detail) {
        return new DomainException(409, "slot-unavailable", "Slot unavailable", detail);
    }

    private static String words(Duration duration) {
        if (duration.toMinutes() % 60 == 0) {
            return duration.toHours() + " hour(s)";
        }
        return duration.toMinutes() + " minute(s)";
    }
}
