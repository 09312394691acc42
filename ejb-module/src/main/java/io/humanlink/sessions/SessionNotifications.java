package io.humanlink.sessions;

import io.humanlink.identity.User;
import io.humanlink.notify.Outbox;
import io.humanlink.platform.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;

/**
 * The notification events of booking, queued in the outbox in the booking's own transaction: the Friend hears of a
 * new booking, the other party of a move or a cancellation, and both get reminders ahead of the start. Reminders of
 * a moved or cancelled session are withdrawn before new ones are queued, so only the current time is ever reminded.
 */
@ApplicationScoped
public class SessionNotifications {

    @Inject
    Outbox outbox;

    @Inject
    SessionSettings settings;

    public void booked(ChatSession session, Instant now) {
        outbox.enqueue(session.getFriend().getId(), "SESSION_BOOKED",
                payload(session, "New session booked", session.getUser()), "session-booked:" + session.getPublicId());
        scheduleReminders(session, now);
    }

    public void rescheduled(ChatSession session, Party by, Instant now) {
        User other = session.participant(by.other());
        outbox.enqueue(other.getId(), "SESSION_RESCHEDULED",
                payload(session, "Session moved", session.participant(by)),
                "session-rescheduled:" + session.getPublicId() + ":" + session.getRescheduleCount());
        withdrawReminders(session);
        scheduleReminders(session, now);
    }

    public void cancelled(ChatSession session, Party by) {
        outbox.enqueue(session.participant(by.other()).getId(), "SESSION_CANCELLED",
                payload(session, "Session cancelled", session.participant(by)),
                "session-cancelled:" + session.getPublicId());
        withdrawReminders(session);
    }

    public void ended(ChatSession session) {
        withdrawReminders(session);
    }

    private void scheduleReminders(ChatSession session, Instant now) {
        for (Duration before : settings.reminders()) {
            Instant due = session.getStartsAt().minus(before);
            if (due.isAfter(now)) {
                for (Party party : Party.values()) {
                    User to = session.participant(party);
                    outbox.schedule(to.getId(), "SESSION_REMINDER",
                            payload(session, "Your session starts soon", session.participant(party.other())),
                            reminderPrefix(session) + to.getId() + ":" + before + ":"
                                    + session.getStartsAt().getEpochSecond(), due);
                }
            }
        }
    }

    private void withdrawReminders(ChatSession session) {
        outbox.withdrawPending(reminderPrefix(session));
    }

    private static String reminderPrefix(ChatSession session) {
        return "session-reminder:" + session.getPublicId() + ":";
    }

    private static JsonObject payload(ChatSession session, String title, User with) {
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("title", title)
                .add("sessionId", session.getPublicId().toString())
                .add("type", session.getType().code())
                .add("start", session.getStartsAt().toString())
                .add("durationMinutes", session.getDurationMinutes())
                .add("with", with.getDisplayName())
                .build();
    }
}
