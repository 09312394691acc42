package io.humanlink.sessions;

import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import io.humanlink.profile.FriendProfile;
import io.humanlink.profile.FriendProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading sessions: one's own list and one session, a Friend's calendar, and the free time members may book. */
@ApplicationScoped
@Transactional
public class SessionQueries {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    FriendProfileService friendProfiles;

    @Inject
    SessionAccess access;

    @Inject
    SessionSettings settings;

    @Inject
    Clock clock;

    public <T> T one(UUID callerId, UUID sessionId, Function<ChatSession, T> view) {
        return view.apply(access.participating(callerId, sessionId));
    }

    /** The caller's sessions as user or Friend, by start time then id (keyset pages). */
    public <T> Page<T> mine(UUID callerId, SessionFilter filter, PageRequest page, Function<ChatSession, T> view) {
        User me = users.require(callerId);
        StringBuilder jpql = new StringBuilder("select s from ChatSession s where (s.user = :me or s.friend = :me)");
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and s.status in :statuses");
        }
        if (filter.from() != null) {
            jpql.append(" and s.startsAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and s.startsAt < :to");
        }
        ChatSession after = null;
        if (page.afterId() != null) {
            after = em.find(ChatSession.class, page.afterId());
            if (after == null || after.partyOf(me.getId()).isEmpty()) {
                throw DomainException.validation("cursor", "is not a cursor this API issued");
            }
            jpql.append(" and (s.startsAt > :afterStart or (s.startsAt = :afterStart and s.id > :afterId))");
        }
        jpql.append(" order by s.startsAt, s.id");
        TypedQuery<ChatSession> query = em.createQuery(jpql.toString(), ChatSession.class).setParameter("me", me);
        if (!filter.statuses().isEmpty()) {
            query.setParameter("statuses", filter.statuses());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (after != null) {
            query.setParameter("afterStart", after.getStartsAt()).setParameter("afterId", after.getId());
        }
        List<ChatSession> rows = query.setMaxResults(page.limit() + 1).getResultList();
        return Page.fromOverfetch(rows, page, ChatSession::getId, view);
    }

    /** The calling Friend's sessions starting in [from, to) and their free time there. */
    public <T> T calendar(UUID friendId, Instant from, Instant to, Function<FriendCalendar, T> view) {
        requireRange(from, to);
        User me = users.require(friendId);
        FriendProfile profile = em.find(FriendProfile.class, me.getId());
        if (profile == null) {
            throw DomainException.notFound("Your Friend profile");
        }
        List<ChatSession> sessions = em.createQuery("select s from ChatSession s where s.friend = :me"
                        + " and s.startsAt < :to and s.endsAt > :from order by s.startsAt, s.id", ChatSession.class)
                .setParameter("me", me).setParameter("from", from).setParameter("to", to).getResultList();
        return view.apply(new FriendCalendar(profile.getTimeZone(), sessions, freeTime(profile, from, to)));
    }

    /** The time {@code callerId} may book with {@code friendId} in [from, to) (the sessions are not shown). */
    public FriendCalendar freeTime(UUID callerId, UUID friendId, Instant from, Instant to) {
        requireRange(from, to);
        FriendProfile friend = friendProfiles.publicProfile(friendId);
        if (access.blockedEitherWay(users.require(callerId), friend.getUser())) {
            // The same answer as for someone who is not a Friend: a block is not revealed.
            throw DomainException.notFound("Friend " + friendId);
        }
        return new FriendCalendar(friend.getTimeZone(), List.of(), freeTime(friend, from, to));
    }

    /**
     * Availability minus: the time before minimum notice; each session held, from a buffer before its start (so a
     * new session ends a buffer ahead of it) to its busy-until; the sessions the Friend booked as a user; and whole
     * days already at the daily cap.
     */
    private List<TimeWindow> freeTime(FriendProfile friend, Instant from, Instant to) {
        Instant earliest = clock.instant().plus(settings.minimumNotice());
        Instant start = from.isAfter(earliest) ? from : earliest;
        if (!start.isBefore(to)) {
            return List.of();
        }
        AvailabilityCalendar calendar = AvailabilityCalendar.of(friend);
        ZoneId zone = friend.getTimeZone();
        Instant dayStart = start.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Instant dayEnd = to.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<ChatSession> held = em.createQuery("select s from ChatSession s where s.friend = :friend"
                        + " and s.status in :counted and s.startsAt < :to and s.busyUntil > :from", ChatSession.class)
                .setParameter("friend", friend.getUser()).setParameter("counted", SessionStatus.COUNTED_FOR_CAP)
                .setParameter("from", dayStart).setParameter("to", dayEnd).getResultList();
        List<TimeWindow> taken = new ArrayList<>();
        for (ChatSession session : held) {
            if (session.getStatus().holdsTime()) {
                // Up to the buffer the session was booked with (busyUntil), the same span the constraint holds.
                taken.add(new TimeWindow(session.getStartsAt().minus(settings.friendBuffer()),
                        session.getBusyUntil()));
            }
        }
        // What the Friend booked as a user holds them too: a new session must end a buffer ahead of it.
        em.createQuery("select s from ChatSession s where s.user = :friend and s.status in :holding"
                        + " and s.startsAt < :to and s.endsAt > :from", ChatSession.class)
                .setParameter("friend", friend.getUser()).setParameter("holding", SessionStatus.HOLDING_TIME)
                .setParameter("from", start).setParameter("to", to.plus(settings.friendBuffer())).getResultList()
                .forEach(s -> taken.add(new TimeWindow(s.getStartsAt().minus(settings.friendBuffer()),
                        s.getEndsAt())));
        held.stream().collect(Collectors.groupingBy(s -> s.getStartsAt().atZone(zone).toLocalDate(),
                        Collectors.counting()))
                .forEach((LocalDate day, Long count) -> {
                    if (count >= friend.getMaxSessionsPerDay()) {
                        taken.add(new TimeWindow(day.atStartOfDay(zone).toInstant(),
                                day.plusDays(1).atStartOfDay(zone).toInstant()));
                    }
                });
        return TimeWindow.subtract(calendar.windows(start, to), taken);
    }

    private void requireRange(Instant from, Instant to) {
        List<FieldError> errors = new ArrayList<>();
        if (!from.isBefore(to)) {
            errors.add(new FieldError("to", "must be after from"));
        } else if (from.plus(settings.calendarMaxRange()).isBefore(to)) {
            errors.add(new FieldError("to", "must be at most " + settings.calendarMaxRange().toDays()
                    + " days after from"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
    }
}
