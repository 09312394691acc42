package io.humanlink.web.ws;

import static io.humanlink.web.api.sessions.SessionsFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The chat socket against the packaged app and PostgreSQL, over real WebSockets: send/ack/deliver, idempotent sends,
 * resume, membership, handshake refusals, bad frames, rate limit, typing/read/presence and blocks. Refusals at the
 * handshake: a foreign Origin is an HTTP 403 on the upgrade (no socket), and so is a bearer token that does not verify
 * (HTTP 401, from the container's MP-JWT mechanism, which checks every request); a bad, used or expired ticket, no
 * credentials, or a valid token of an account that may no longer use it open the socket and close it at once with
 * 1008, as does any frame about a conversation one is not a member of.
 */
@HumanLinkIT
class ChatEndpointIT {

    private final AppUnderTest app;
    private final ChatFixture fixture;

    ChatEndpointIT(AppUnderTest app) {
        this.app = app;
        this.fixture = new ChatFixture(app);
    }

    @Test
    void aMessageIsAckedOnceCommittedAndReachesEveryDeviceOfEveryMember() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket phone = ChatSocket.withTicket(app, pair.user().token());
             ChatSocket laptop = ChatSocket.withToken(app, pair.user().token());
             ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {

            phone.sendMessage(pair.conversationId(), "c-1", "Hello there");
            JsonObject ack = phone.next("ack");
            assertThat(fixture.storedMessages(pair.conversationId())).as("committed before the ack").isEqualTo(1);

            assertThat(ack.getString("conversationId")).isEqualTo(pair.conversationId());
            assertThat(ack.getString("clientMsgId")).isEqualTo("c-1");
            assertThat(ack.getJsonNumber("seq").longValueExact()).isEqualTo(1);
            assertThat(ack.getBoolean("duplicate")).isFalse();
            Instant sentAt = Instant.parse(ack.getString("sentAt"));
            for (ChatSocket other : List.of(laptop, friend)) {
                JsonObject message = other.next("message");
                assertThat(message.getString("conversationId")).isEqualTo(pair.conversationId());
                assertThat(message.getJsonNumber("seq").longValueExact()).isEqualTo(1);
                assertThat(message.getString("senderId")).isEqualTo(pair.user().id());
                assertThat(message.getString("body")).isEqualTo("Hello there");
                assertThat(Instant.parse(message.getString("sentAt"))).isEqualTo(sentAt);
            }

            assertThat(friend.sendAndAck(pair.conversationId(), "Hi! How are you?")).isEqualTo(2);
            assertThat(phone.next("message").getString("body")).isEqualTo("Hi! How are you?");
            assertThat(laptop.next("message").getJsonNumber("seq").longValueExact()).isEqualTo(2);
            phone.expectNone(ChatFixture.quiet(), "message");
        }
        assertThat(fixture.lastSeq(pair.conversationId())).isEqualTo(2);
    }

    @Test
    void resendingAClientMsgIdStoresOneMessageAndAcksItsSeqAgain() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token());
             ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {
            // The handshake answers before the server has registered the socket; the user's presence arrives after.
            friend.next("presence");
            user.sendMessage(pair.conversationId(), "retry-me", "Are you there?");
            user.sendMessage(pair.conversationId(), "retry-me", "Are you there?");
            JsonObject first = user.next("ack");
            JsonObject second = user.next("ack");
            assertThat(first.getJsonNumber("seq").longValueExact()).isEqualTo(1);
            assertThat(second.getJsonNumber("seq").longValueExact()).isEqualTo(1);
            assertThat(second.getBoolean("duplicate")).isTrue();
            assertThat(second.getString("sentAt")).isEqualTo(first.getString("sentAt"));

            // After a reconnect too (the usual reason to resend: the ack was lost with the connection).
            try (ChatSocket again = ChatSocket.withToken(app, pair.user().token())) {
                again.sendMessage(pair.conversationId(), "retry-me", "Are you there?");
                assertThat(again.next("ack").getJsonNumber("seq").longValueExact()).isEqualTo(1);
            }
            assertThat(user.sendAndAck(pair.conversationId(), "Next one")).isEqualTo(2);

            assertThat(friend.next("message").getJsonNumber("seq").longValueExact()).isEqualTo(1);
            assertThat(friend.next("message").getJsonNumber("seq").longValueExact()).as("no second copy of 1")
                    .isEqualTo(2);
        }
        assertThat(fixture.storedMessages(pair.conversationId())).isEqualTo(2);
    }

    @Test
    void resumingAfterADisconnectReplaysExactlyTheMissedMessagesFromTheDatabase() {
        ChatFixture.Pair pair = fixture.pair();
        long lastSeen;
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token())) {
            try (ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {
                user.sendAndAck(pair.conversationId(), "one");
                assertThat(friend.next("message").getJsonNumber("seq").longValueExact()).isEqualTo(1);
                lastSeen = friend.sendAndAck(pair.conversationId(), "two");
            }
            assertThat(lastSeen).isEqualTo(2);
            for (String body : List.of("three", "four", "five")) {
                user.sendAndAck(pair.conversationId(), body);
            }
        }

        try (ChatSocket friend = ChatSocket.withTicket(app, pair.friend().token())) {
            friend.resume(pair.conversationId(), lastSeen);

            List<JsonObject> replayed = new ArrayList<>();
            JsonObject frame;
            while (!(frame = friend.next("message", "resumed")).getString("type").equals("resumed")) {
                replayed.add(frame);
            }
            assertThat(replayed).extracting(m -> m.getJsonNumber("seq").longValueExact()).containsExactly(3L, 4L, 5L);
            assertThat(replayed).extracting(m -> m.getString("body")).containsExactly("three", "four", "five");
            assertThat(replayed).allSatisfy(m -> assertThat(m.getString("senderId")).isEqualTo(pair.user().id()));
            assertThat(frame.getJsonNumber("throughSeq").longValueExact()).isEqualTo(5);
            assertThat(frame.getBoolean("more")).isFalse();

            friend.resume(pair.conversationId(), 5);
            JsonObject nothingNew = friend.next("message", "resumed");
            assertThat(nothingNew.getString("type")).isEqualTo("resumed");
            assertThat(nothingNew.getJsonNumber("throughSeq").longValueExact()).isEqualTo(5);
        }
    }

    @Test
    void aNonMemberIsClosedWithPolicyViolationWhetherJoiningOrSending() {
        ChatFixture.Pair pair = fixture.pair();
        Person stranger = fixture.stranger();

        try (ChatSocket joining = ChatSocket.withToken(app, stranger.token())) {
            joining.resume(pair.conversationId(), 0);
            assertThat(joining.awaitClose()).isEqualTo(new ChatSocket.Closed(1008, "not-a-member"));
        }
        try (ChatSocket sending = ChatSocket.withTicket(app, stranger.token())) {
            sending.sendMessage(pair.conversationId(), "x-1", "let me in");
            assertThat(sending.awaitClose()).isEqualTo(new ChatSocket.Closed(1008, "not-a-member"));
        }
        try (ChatSocket unknown = ChatSocket.withToken(app, stranger.token())) {
            unknown.typing(UUID.randomUUID().toString());
            assertThat(unknown.awaitClose()).isEqualTo(new ChatSocket.Closed(1008, "not-a-member"));
        }
        assertThat(fixture.storedMessages(pair.conversationId())).isZero();
    }

    /** A socket is authenticated at its handshake; a suspension while it is open closes it, and only its own. */
    @Test
    void aMemberSuspendedWhileConnectedIsClosedAndTheirContactSeesThemGo() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket friend = ChatSocket.withToken(app, pair.friend().token());
             ChatSocket user = ChatSocket.withToken(app, pair.user().token())) {
            JsonObject online = friend.next("presence");
            assertThat(online.getBoolean("online")).isTrue();

            app.client().suspendUser(new Accounts(app).adminToken(), pair.user().id(), "abuse in chat");

            assertThat(user.awaitClose()).isEqualTo(new ChatSocket.Closed(1008, "account-suspended"));
            JsonObject offline = friend.next("presence");
            assertThat(offline.getString("userId")).isEqualTo(pair.user().id());
            assertThat(offline.getBoolean("online")).isFalse();
            assertThat(friend.isOpen()).as("the contact's socket stays").isTrue();
        }
        assertThat(fixture.storedMessages(pair.conversationId())).isZero();
    }

    @Test
    void aHandshakeFromAnOriginNotAllowedIsRefusedWith403() {
        Person user = fixture.stranger();

        assertThat(ChatSocket.refusedHandshakeStatus(app, "", "Authorization", "Bearer " + user.token(),
                "Origin", "https://evil.example")).isEqualTo(403);
        assertThat(ChatSocket.refusedHandshakeStatus(app, "?ticket=" + ChatSocket.ticket(app, user.token()),
                "Origin", "http://localhost.evil.example")).isEqualTo(403);

        try (ChatSocket allowed = ChatSocket.open(app, "", "Authorization", "Bearer " + user.token(),
                "Origin", "http://LOCALHOST:80");
             ChatSocket noBrowser = ChatSocket.open(app, "", "Authorization", "Bearer " + user.token())) {
            assertThat(allowed.isOpen()).isTrue();
            assertThat(noBrowser.isOpen()).as("no Origin: not a browser").isTrue();
        }
    }

    @Test
    void badTicketsAndTokensCloseTheSocketWithPolicyViolation() {
        ChatFixture.Pair pair = fixture.pair();
        String ticket = ChatSocket.ticket(app, pair.user().token());

        try (ChatSocket first = ChatSocket.open(app, "?ticket=" + ticket, "Origin", ChatSocket.ORIGIN)) {
            first.resume(pair.conversationId(), 0);
            assertThat(first.next("resumed").getBoolean("more")).isFalse();
            try (ChatSocket reused = ChatSocket.open(app, "?ticket=" + ticket, "Origin", ChatSocket.ORIGIN)) {
                assertThat(reused.awaitClose()).isEqualTo(new ChatSocket.Closed(1008, "ticket-invalid"));
            }
        }
        assertClosedWith("?ticket=made-up-ticket", "ticket-invalid");
        String expiring = ChatSocket.ticket(app, pair.user().token());
        fixture.sessions().execute("update chat_tickets set expires_at = created_at - interval '1 second'"
                + " where user_id = (select id from users where public_id = ?)", pair.user().id());
        assertClosedWith("?ticket=" + expiring, "ticket-invalid");
        assertClosedWith("", "unauthenticated");
        // A bearer token that is not ours never reaches the socket: the MP-JWT mechanism answers the upgrade with 401.
        assertThat(ChatSocket.refusedHandshakeStatus(app, "", "Authorization", "Bearer not.a.token",
                "Origin", ChatSocket.ORIGIN)).isEqualTo(401);
        assertClosedWith("?access_token=" + pair.user().token(), "unauthenticated");

        Person suspended = fixture.stranger();
        String staleTicket = ChatSocket.ticket(app, suspended.token());
        app.client().suspendUser(new Accounts(app).adminToken(), suspended.id(), "chat test");
        assertClosedWith("", "token-invalid", "Authorization", "Bearer " + suspended.token());
        assertClosedWith("?ticket=" + staleTicket, "ticket-invalid");
    }

    private void assertClosedWith(String query, String reason, String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        all.addAll(List.of("Origin", ChatSocket.ORIGIN));
        try (ChatSocket socket = ChatSocket.open(app, query, all.toArray(String[]::new))) {
            assertThat(socket.awaitClose()).isEqualTo(new ChatSocket.Closed(1008, reason));
        }
    }

    @Test
    void oversizeAndMalformedFramesGetErrorFramesAndTheSocketAndDataStayIntact() {
        ChatFixture.Pair pair = fixture.pair();
        String conversation = pair.conversationId();
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token());
             ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {
            assertThat(user.sendAndAck(conversation, "before")).isEqualTo(1);

            user.sendMessage(conversation, "big-1", "é".repeat(2001));
            assertError(user.next("error"), "message-too-large", "big-1");
            user.sendMessage(conversation, "blank-1", "   ");
            assertError(user.next("error"), "invalid-message", "blank-1");
            user.sendMessage(conversation, "bad id with spaces", "hi");
            assertError(user.next("error"), "invalid-message", "bad id with spaces");
            user.send("this is not json");
            assertError(user.next("error"), "malformed-frame", null);
            user.send("[\"send\"]");
            assertError(user.next("error"), "malformed-frame", null);
            user.send("{\"type\":\"shout\",\"conversationId\":\"" + conversation + "\"}");
            assertError(user.next("error"), "unknown-type", null);
            user.send("{\"type\":\"send\",\"conversationId\":\"" + conversation + "\",\"body\":\"no id\"}");
            assertThat(user.next("error").getString("code")).isEqualTo("invalid-frame");
            user.send("{\"type\":\"read\",\"conversationId\":\"" + conversation + "\",\"seq\":\"two\"}");
            assertThat(user.next("error").getString("code")).isEqualTo("invalid-frame");
            user.sendBinary(new byte[] {1, 2, 3});
            assertError(user.next("error"), "malformed-frame", null);

            assertThat(user.isOpen()).isTrue();
            assertThat(user.sendAndAck(conversation, "é".repeat(2000))).as("4000 bytes is the limit").isEqualTo(2);
            assertThat(friend.next("message").getString("body")).isEqualTo("before");
            assertThat(friend.next("message").getJsonNumber("seq").longValueExact()).isEqualTo(2);
        }
        assertThat(fixture.storedMessages(pair.conversationId())).isEqualTo(2);
        assertThat(fixture.lastSeq(pair.conversationId())).isEqualTo(2);
    }

    private static void assertError(JsonObject error, String code, String clientMsgId) {
        assertThat(error.getString("code")).as(error.toString()).isEqualTo(code);
        assertThat(error.getString("message")).isNotBlank();
        if (clientMsgId != null) {
            assertThat(error.getString("clientMsgId")).isEqualTo(clientMsgId);
        }
    }

    @Test
    void sendingFasterThanTheRateGetsARateLimitedErrorWithTheWait() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token())) {
            for (int i = 1; i <= 20; i++) {
                user.sendMessage(pair.conversationId(), "burst-" + i, "message " + i);
            }
            user.sendMessage(pair.conversationId(), "burst-21", "one too many");
            for (int i = 1; i <= 20; i++) {
                assertThat(user.next("ack", "error").getString("type")).isEqualTo("ack");
            }
            JsonObject refused = user.next("ack", "error");
            assertError(refused, "rate-limited", "burst-21");
            assertThat(refused.getJsonNumber("retryAfterMs").longValueExact()).isBetween(1L, 10_000L);
            assertThat(user.isOpen()).isTrue();
        }
        assertThat(fixture.storedMessages(pair.conversationId())).isEqualTo(20);
    }

    /** Resumes and read markers cost the database a query or an update each: 60 per 10 s per socket, together. */
    @Test
    void resumingAndMarkingReadFasterThanTheRateGetsARateLimitedErrorAndChangesNothing() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token())) {
            assertThat(user.sendAndAck(pair.conversationId(), "one to mark read")).isEqualTo(1);
            for (int i = 1; i <= 60; i++) {
                user.resume(pair.conversationId(), 1);
            }
            user.read(pair.conversationId(), 1);
            user.resume(pair.conversationId(), 0);
            for (int i = 1; i <= 60; i++) {
                assertThat(user.next("resumed", "error").getString("type")).isEqualTo("resumed");
            }
            for (int i = 0; i < 2; i++) {
                JsonObject refused = user.next("resumed", "error", "message");
                assertError(refused, "rate-limited", null);
                assertThat(refused.getString("conversationId")).isEqualTo(pair.conversationId());
                assertThat(refused.getJsonNumber("retryAfterMs").longValueExact()).isBetween(1L, 10_000L);
            }
            user.expectNone(ChatFixture.quiet(), "message", "resumed");
            assertThat(user.sendAndAck(pair.conversationId(), "sends have a rate of their own")).isEqualTo(2);
        }
        assertThat(fixture.readUpTo(pair.conversationId(), pair.user().id())).as("the refused read wrote nothing")
                .isZero();
    }

    @Test
    void presenceTypingAndReadReceiptsReachTheOtherMember() {
        ChatFixture.Pair pair = fixture.pair();
        String conversation = pair.conversationId();
        try (ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {
            try (ChatSocket user = ChatSocket.withToken(app, pair.user().token())) {
                JsonObject userOnline = friend.next("presence");
                assertThat(userOnline.getString("userId")).isEqualTo(pair.user().id());
                assertThat(userOnline.getBoolean("online")).isTrue();
                JsonObject friendOnline = user.next("presence");
                assertThat(friendOnline.getString("userId")).isEqualTo(pair.friend().id());
                assertThat(friendOnline.getBoolean("online")).isTrue();

                user.typing(conversation);
                JsonObject typing = friend.next("typing");
                assertThat(typing.getString("conversationId")).isEqualTo(conversation);
                assertThat(typing.getString("userId")).isEqualTo(pair.user().id());

                friend.sendAndAck(conversation, "Read this");
                friend.sendAndAck(conversation, "And this");
                user.read(conversation, 1);
                JsonObject receipt = friend.next("read");
                assertThat(receipt.getString("conversationId")).isEqualTo(conversation);
                assertThat(receipt.getString("userId")).isEqualTo(pair.user().id());
                assertThat(receipt.getJsonNumber("seq").longValueExact()).isEqualTo(1);
                user.read(conversation, 99);
                assertThat(friend.next("read").getJsonNumber("seq").longValueExact()).as("never past the last")
                        .isEqualTo(2);
                user.read(conversation, 1);
                friend.expectNone(ChatFixture.quiet(), "read");
            }
            JsonObject offline = friend.next("presence");
            assertThat(offline.getString("userId")).isEqualTo(pair.user().id());
            assertThat(offline.getBoolean("online")).isFalse();
        }
        assertThat(fixture.sessions().count("select m.last_read_seq from conversation_members m join users u"
                + " on u.id = m.user_id join conversations c on c.id = m.conversation_id"
                + " where c.public_id = ? and u.public_id = ?", conversation, pair.user().id())).isEqualTo(2);
    }

    @Test
    void whileOneBlocksTheOtherNeitherCanSend() {
        ChatFixture.Pair pair = fixture.pair();
        String conversation = pair.conversationId();
        try (ChatSocket user = ChatSocket.withToken(app, pair.user().token());
             ChatSocket friend = ChatSocket.withToken(app, pair.friend().token())) {
            user.sendAndAck(conversation, "before the block");

            expect(204, fixture.sessions().send("POST", "/api/v1/users/" + pair.user().id() + "/block",
                    pair.friend(), null));
            user.sendMessage(conversation, "blocked-1", "hello?");
            assertError(user.next("ack", "error"), "blocked", "blocked-1");
            friend.sendMessage(conversation, "blocked-2", "bye");
            assertError(friend.next("ack", "error"), "blocked", "blocked-2");
            assertThat(user.isOpen()).isTrue();

            expect(204, fixture.sessions().send("DELETE", "/api/v1/users/" + pair.user().id() + "/block",
                    pair.friend(), null));
            assertThat(user.sendAndAck(conversation, "after the block")).isEqualTo(2);
        }
        assertThat(fixture.storedMessages(conversation)).isEqualTo(2);
    }

    @Test
    void concurrentSendersGetGapFreeSeqs() throws Exception {
        ChatFixture.Pair pair = fixture.pair();
        List<ChatSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                sockets.add(ChatSocket.withToken(app, pair.user().token()));
                sockets.add(ChatSocket.withToken(app, pair.friend().token()));
            }
            for (int round = 0; round < 5; round++) {
                for (ChatSocket socket : sockets) {
                    socket.sendMessage(pair.conversationId(), UUID.randomUUID().toString(), "round " + round);
                }
            }
            List<Long> seqs = new ArrayList<>();
            for (ChatSocket socket : sockets) {
                for (int round = 0; round < 5; round++) {
                    seqs.add(socket.next("ack", "error").getJsonNumber("seq").longValueExact());
                }
            }
            assertThat(seqs).hasSize(30).doesNotHaveDuplicates().allSatisfy(seq -> assertThat(seq).isBetween(1L, 30L));
        } finally {
            sockets.forEach(ChatSocket::close);
        }
        assertThat(fixture.lastSeq(pair.conversationId())).isEqualTo(30);
        assertThat(fixture.sessions().count("select count(distinct m.seq) from messages m join conversations c"
                + " on c.id = m.conversation_id where c.public_id = ? and m.seq between 1 and 30",
                pair.conversationId())).isEqualTo(30);
    }
}
