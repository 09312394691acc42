package io.humanlink.web.api.chat;

import static io.humanlink.web.api.sessions.SessionsFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.api.sessions.SessionsFixture;
import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.Problems;
import io.humanlink.web.ws.ChatFixture;
import io.humanlink.web.ws.ChatSocket;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Chat over REST against the packaged app: my conversations with unread counts and read markers, history pages, edit
 * and delete (members see the latest version, moderators every version), blocking; messages are sent over the socket.
 */
@HumanLinkIT
class ConversationsIT {

    private final AppUnderTest app;
    private final ChatFixture fixture;
    private final SessionsFixture sessions;

    ConversationsIT(AppUnderTest app) {
        this.app = app;
        this.fixture = new ChatFixture(app);
        this.sessions = fixture.sessions();
    }

    private JsonObject conversationIn(JsonObject list, String id) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("conversation " + id + " not in " + list));
    }

    @Test
    void myConversationsShowUnreadCountsAndEveryonesReadMarker() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token());
             ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {
            for (String body : List.of("one", "two", "three")) {
                user.sendAndAck(pair.conversationId(), body);
            }
            friend.sendAndAck(pair.conversationId(), "four");

            JsonObject mine = conversationIn(expect(200, sessions.get("/api/v1/conversations", pair.friend())),
                    pair.conversationId());
            assertThat(mine.getString("kind")).isEqualTo("SESSION");
            assertThat(mine.getJsonNumber("lastSeq").longValueExact()).isEqualTo(4);
            assertThat(mine.getJsonNumber("lastReadSeq").longValueExact()).isZero();
            assertThat(mine.getJsonNumber("unread").longValueExact()).as("my own message is not unread")
                    .isEqualTo(3);

            friend.read(pair.conversationId(), 2);
            friend.next("read");
            assertThat(conversationIn(expect(200, sessions.get("/api/v1/conversations", pair.friend())),
                    pair.conversationId()).getJsonNumber("unread").longValueExact()).isEqualTo(1);
            JsonObject usersView = conversationIn(expect(200, sessions.get("/api/v1/conversations", pair.user())),
                    pair.conversationId());
            assertThat(usersView.getJsonNumber("unread").longValueExact()).isEqualTo(1);
            assertThat(usersView.getJsonArray("members").getValuesAs(JsonObject.class))
                    .anySatisfy(m -> {
                        assertThat(m.getString("id")).isEqualTo(pair.friend().id());
                        assertThat(m.getJsonNumber("lastReadSeq").longValueExact()).isEqualTo(2);
                        assertThat(m.getString("displayName")).isNotBlank();
                    })
                    .hasSize(2);
        }
        expect(200, sessions.get("/api/v1/conversations", fixture.stranger()));
        assertThat(expect(200, sessions.get("/api/v1/conversations", fixture.stranger())).getJsonArray("items"))
                .isEmpty();
    }

    @Test
    void conversationsComeLatestActivityFirstPageByPage() {
        Person friend = sessions.friend();
        Person user = sessions.user();
        String older = sessions.booked(user, friend, "text", SessionsFixture.daysAheadAt(5, 9), 30)
                .getString("conversationId");
        String newer = sessions.booked(user, friend, "text", SessionsFixture.daysAheadAt(6, 9), 30)
                .getString("conversationId");
        try (ChatSocket socket = ChatSocket.withToken(app, user.token())) {
            socket.sendAndAck(older, "bump the older one");
        }

        JsonObject first = expect(200, sessions.get("/api/v1/conversations?limit=1", user));
        assertThat(first.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(older);
        JsonObject second = expect(200, sessions.get("/api/v1/conversations?limit=1&cursor="
                + first.getString("nextCursor"), user));
        assertThat(second.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(newer);
        assertThat(second.isNull("nextCursor")).isTrue();

        Problems.assertProblem(sessions.get("/api/v1/conversations?limit=0", user), 400, "validation");
        Problems.assertProblem(sessions.get("/api/v1/conversations?cursor=bogus", user), 400, "validation");
    }

    @Test
    void historyPagesBackFromTheLatestAndOnlyMembersReadIt() {
        ChatFixture.Pair pair = fixture.pair();
        String conversation = pair.conversationId();
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token())) {
            for (int i = 1; i <= 5; i++) {
                user.sendAndAck(conversation, "message " + i);
            }
        }
        String path = "/api/v1/conversations/" + conversation + "/messages";

        JsonObject latest = expect(200, sessions.get(path + "?limit=2", pair.friend()));
        assertThat(seqs(latest)).containsExactly(5L, 4L);
        JsonObject newest = latest.getJsonArray("items").getJsonObject(0);
        assertThat(newest.getString("body")).isEqualTo("message 5");
        assertThat(newest.getString("senderId")).isEqualTo(pair.user().id());
        assertThat(newest.getInt("revision")).isEqualTo(1);
        assertThat(newest.getBoolean("deleted")).isFalse();
        assertThat(Instant.parse(newest.getString("sentAt"))).isBefore(Instant.now().plusSeconds(5));
        JsonObject middle = expect(200, sessions.get(path + "?limit=2&before=" + latest.getString("nextCursor"),
                pair.friend()));
        assertThat(seqs(middle)).containsExactly(3L, 2L);
        JsonObject oldest = expect(200, sessions.get(path + "?limit=2&before=" + middle.getString("nextCursor"),
                pair.friend()));
        assertThat(seqs(oldest)).containsExactly(1L);
        assertThat(oldest.isNull("nextCursor")).isTrue();
        assertThat(seqs(expect(200, sessions.get(path, pair.user())))).containsExactly(5L, 4L, 3L, 2L, 1L);

        Problems.assertProblem(sessions.get(path, fixture.stranger()), 404, "not-found");
        Problems.assertProblem(sessions.get("/api/v1/conversations/" + UUID.randomUUID() + "/messages",
                pair.user()), 404, "not-found");
        Problems.assertProblem(sessions.get(path + "?before=0", pair.user()), 400, "validation");
        Problems.assertProblem(sessions.get(path + "?limit=101", pair.user()), 400, "validation");
        assertThat(app.http().get(path).statusCode()).isEqualTo(401);
    }

    private static List<Long> seqs(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("seq").longValueExact()).toList();
    }

    @Test
    void editAndDeleteShowMembersTheLatestAndKeepEveryVersionForModerators() {
        ChatFixture.Pair pair = fixture.pair();
        String conversation = pair.conversationId();
        String message = "/api/v1/conversations/" + conversation + "/messages/1";
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token());
             ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {
            user.sendAndAck(conversation, "See you at 5?");
            friend.next("message");

            JsonObject edited = expect(200, sessions.send("PATCH", message, pair.user(),
                    "{\"body\":\"See you at 6?\"}"));
            assertThat(edited.getString("body")).isEqualTo("See you at 6?");
            assertThat(edited.getInt("revision")).isEqualTo(2);
            assertThat(edited.getString("editedAt")).isNotBlank();
            JsonObject live = friend.next("message");
            assertThat(live.getJsonNumber("seq").longValueExact()).isEqualTo(1);
            assertThat(live.getInt("revision")).isEqualTo(2);
            assertThat(live.getString("body")).isEqualTo("See you at 6?");

            Problems.assertProblem(sessions.send("PATCH", message, pair.friend(), "{\"body\":\"mine now\"}"),
                    403, "forbidden");
            Problems.assertProblem(sessions.send("DELETE", message, pair.friend(), null), 403, "forbidden");
            Problems.assertProblem(sessions.send("PATCH", message, pair.user(), "{\"body\":\"" + "x".repeat(4001)
                    + "\"}"), 400, "validation");
            Problems.assertProblem(sessions.send("PATCH", message, pair.user(), "{\"body\":\" \"}"), 400,
                    "validation");
            Problems.assertProblem(sessions.send("PATCH", message, fixture.stranger(), "{\"body\":\"x\"}"), 404,
                    "not-found");

            JsonObject deleted = expect(200, sessions.send("DELETE", message, pair.user(), null));
            assertThat(deleted.getBoolean("deleted")).isTrue();
            assertThat(deleted.isNull("body")).isTrue();
            assertThat(deleted.getInt("revision")).isEqualTo(3);
            JsonObject gone = friend.next("message");
            assertThat(gone.getBoolean("deleted")).isTrue();
            assertThat(gone.isNull("body")).isTrue();
            Problems.assertProblem(sessions.send("PATCH", message, pair.user(), "{\"body\":\"undo\"}"), 409,
                    "message-deleted");
        }

        JsonObject seen = expect(200, sessions.get("/api/v1/conversations/" + conversation + "/messages",
                pair.friend())).getJsonArray("items").getJsonObject(0);
        assertThat(seen.getBoolean("deleted")).isTrue();
        assertThat(seen.isNull("body")).as("members see the latest version only").isTrue();

        String versions = "/api/v1/admin/conversations/" + conversation + "/messages/1/versions";
        String manager = "Bearer " + new Accounts(app).managerToken();
        var response = app.http().get(versions, "Authorization", manager);
        JsonObject history = expect(200, response);
        assertThat(history.getString("senderId")).isEqualTo(pair.user().id());
        List<JsonObject> revisions = history.getJsonArray("revisions").getValuesAs(JsonObject.class);
        assertThat(revisions).extracting(r -> r.getInt("revision")).containsExactly(1, 2, 3);
        assertThat(revisions).extracting(r -> r.isNull("body") ? null : r.getString("body"))
                .containsExactly("See you at 5?", "See you at 6?", null);
        assertThat(revisions).extracting(r -> r.isNull("supersededBy") ? null : r.getString("supersededBy"))
                .containsExactly("EDIT", "DELETE", null);
        assertThat(sessions.count("select count(*) from audit_log where action = 'chat.message-versions'"
                + " and subject = ?", "conversation:" + conversation)).isEqualTo(1);

        Problems.assertProblem(sessions.get(versions, pair.user()), 403, "forbidden");
        assertThat(sessions.refusal("delete from message_versions where message_id = (select m.id from messages m"
                + " join conversations c on c.id = m.conversation_id where c.public_id = '" + conversation + "')"))
                .as("superseded versions are append-only").contains("append-only");
    }

    @Test
    void blockingIsIdempotentAndOnlyForOtherExistingMembers() {
        Person me = fixture.stranger();
        Person other = fixture.stranger();
        String path = "/api/v1/users/" + other.id() + "/block";

        expect(204, sessions.send("POST", path, me, null));
        expect(204, sessions.send("POST", path, me, null));
        assertThat(sessions.count("select count(*) from user_blocks b join users u on u.id = b.blocker_id"
                + " join users v on v.id = b.blocked_id where u.public_id = ? and v.public_id = ?", me.id(),
                other.id())).isEqualTo(1);
        expect(204, sessions.send("DELETE", path, me, null));
        expect(204, sessions.send("DELETE", path, me, null));
        assertThat(sessions.count("select count(*) from user_blocks b join users u on u.id = b.blocker_id"
                + " where u.public_id = ?", me.id())).isZero();

        Problems.assertProblem(sessions.send("POST", "/api/v1/users/" + me.id() + "/block", me, null), 400,
                "validation");
        Problems.assertProblem(sessions.send("POST", "/api/v1/users/" + UUID.randomUUID() + "/block", me, null), 404,
                "not-found");
    }

    @Test
    void ticketsAreIssuedOnlyToSignedInMembersAndNotCached() {
        var refused = app.http().send("POST", "/api/v1/chat/tickets", null, null);
        assertThat(refused.statusCode()).isEqualTo(401);

        var issued = sessions.send("POST", "/api/v1/chat/tickets", fixture.stranger(), null);
        JsonObject ticket = expect(201, issued);
        assertThat(ticket.getString("ticket")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Instant.parse(ticket.getString("expiresAt"))).isBetween(Instant.now().plusSeconds(20),
                Instant.now().plusSeconds(40));
        assertThat(issued.headers().firstValue("Cache-Control")).contains("no-store");
    }
}
