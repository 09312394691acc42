package io.humanlink.web.ws;

import io.humanlink.web.api.sessions.SessionsFixture;
import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.AppUnderTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People who share a conversation: a user who booked a Friend (every booked session opens a conversation for the
 * two), made fresh for each test through the API, plus strangers and database look-ups.
 */
public final class ChatFixture {

    /** A user and a Friend and the conversation of the session between them. */
    public record Pair(Person user, Person friend, String conversationId) {
    }

    private static final AtomicInteger BOOKINGS = new AtomicInteger();

    private final AppUnderTest app;
    private final SessionsFixture sessions;

    public ChatFixture(AppUnderTest app) {
        this.app = app;
        this.sessions = new SessionsFixture(app);
    }

    public Pair pair() {
        Person friend = sessions.friend();
        Person user = sessions.user();
        // Fresh Friends have free calendars; distinct days keep parallel runs from ever sharing a slot anyway.
        var start = SessionsFixture.daysAheadAt(3 + BOOKINGS.incrementAndGet() % 300, 10);
        String conversationId = sessions.booked(user, friend, "text", start, 30).getString("conversationId");
        return new Pair(user, friend, conversationId);
    }

    public Person stranger() {
        return sessions.user();
    }

    public SessionsFixture sessions() {
        return sessions;
    }

    /** Messages stored in the conversation (every row, deleted ones too). */
    public long storedMessages(String conversationId) {
        return sessions.count("select count(*) from messages m join conversations c on c.id = m.conversation_id"
                + " where c.public_id = ?", conversationId);
    }

    /** The member's read marker in the conversation (0: nothing read). */
    public long readUpTo(String conversationId, String memberId) {
        return sessions.count("select m.last_read_seq from conversation_members m"
                + " join conversations c on c.id = m.conversation_id join users u on u.id = m.user_id"
                + " where c.public_id = ? and u.public_id = ?", conversationId, memberId);
    }

    public long lastSeq(String conversationId) {
        return sessions.count("select last_seq from conversations where public_id = ?", conversationId);
    }

    public AppUnderTest app() {
        return app;
    }

    public static Duration quiet() {
        return Duration.ofMillis(700);
    }
}
