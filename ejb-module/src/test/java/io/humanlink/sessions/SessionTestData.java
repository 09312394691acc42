package io.humanlink.sessions;

import io.humanlink.chat.Conversation;
import io.humanlink.chat.ConversationKind;
import io.humanlink.identity.User;
import io.humanlink.profile.SessionType;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Users and sessions as the database would hand them over (ids are assigned by JPA, so set here by reflection). */
final class SessionTestData {

    static final Instant BOOKED_AT = Instant.parse("2027-06-01T08:00:00Z");
    static final Instant START = Instant.parse("2027-06-07T13:00:00Z");
    static final Duration BUFFER = Duration.ofMinutes(10);

    private SessionTestData() {
    }

    static User user(long id, String name) {
        User user = new User(name.toLowerCase() + "@example.com", name, "Europe/Berlin", "en", BOOKED_AT);
        setField(User.class, user, "id", id);
        return user;
    }

    /** A SCHEDULED session of {@code minutes} from {@link #START} between {@code user} and {@code friend}. */
    static ChatSession session(User user, User friend, SessionType type, int minutes) {
        ChatSession session = new ChatSession(user, friend, type,
                new TimeWindow(START, START.plus(Duration.ofMinutes(minutes))), BUFFER, "America/New_York",
                new Conversation(ConversationKind.SESSION, List.of(user, friend), BOOKED_AT), "key-1", "fingerprint",
                BillingBasis.FREE, null, BOOKED_AT);
        setField(ChatSession.class, session, "id", 4242L);
        return session;
    }

    static Object field(Class<?> type, Object target, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setField(Class<?> type, Object target, String name, Object value) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
