package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkClusterIT;
import io.humanlink.web.platform.TwoNodeCluster;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two clustered nodes on one database (ARCHITECTURE §7): a message sent through node A reaches its recipient's
 * socket on node B (relayed through the cluster's Hazelcast topic after the commit), and presence is shared: a member
 * who connects to B is online for a contact on A, and offline again once their last socket anywhere closes. A
 * suspension made through one node closes the account's sockets on both.
 */
@HumanLinkClusterIT
class ChatClusterIT {

    private final TwoNodeCluster cluster;
    private final AppUnderTest a;
    private final AppUnderTest b;
    private final ChatFixture fixture;

    ChatClusterIT(TwoNodeCluster cluster) {
        cluster.ensureBothUp();
        this.cluster = cluster;
        this.a = cluster.node(0);
        this.b = cluster.node(1);
        this.fixture = new ChatFixture(a);
        System.out.println("[cluster] two nodes formed in " + cluster.formedIn().toMillis() + " ms");
    }

    @Test
    void aMessageSentOnOneNodeReachesTheRecipientOnTheOtherAndBack() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket user = ChatSocket.withToken(a, pair.user().token());
             ChatSocket userOnB = ChatSocket.withToken(b, pair.user().token());
             ChatSocket friend = ChatSocket.withTicket(b, pair.friend().token())) {

            long start = System.nanoTime();
            long seq = user.sendAndAck(pair.conversationId(), "Hello from node A");
            JsonObject message = friend.next("message");
            long latencyMicros = (System.nanoTime() - start) / 1000;
            assertThat(message.getString("conversationId")).isEqualTo(pair.conversationId());
            assertThat(message.getJsonNumber("seq").longValueExact()).isEqualTo(seq).isEqualTo(1);
            assertThat(message.getString("senderId")).isEqualTo(pair.user().id());
            assertThat(message.getString("body")).isEqualTo("Hello from node A");
            assertThat(userOnB.next("message").getString("body")).as("the sender's other device, on B")
                    .isEqualTo("Hello from node A");

            long back = friend.sendAndAck(pair.conversationId(), "Hello back from node B");
            assertThat(back).isEqualTo(2);
            JsonObject reply = user.next("message");
            assertThat(reply.getString("body")).isEqualTo("Hello back from node B");
            assertThat(reply.getJsonNumber("seq").longValueExact()).isEqualTo(2);

            // One at a time: from the send on A to the frame on B (the first above includes warm-up).
            long[] micros = new long[30];
            for (int i = 0; i < micros.length; i++) {
                long t0 = System.nanoTime();
                user.sendMessage(pair.conversationId(), "ping-" + i, "ping " + i);
                JsonObject m = friend.next("message");
                micros[i] = (System.nanoTime() - t0) / 1000;
                assertThat(m.getString("body")).isEqualTo("ping " + i);
                assertThat(m.getJsonNumber("seq").longValueExact()).isEqualTo(3 + i);
                user.next("ack");
            }
            // A burst keeps its order across the relay.
            for (int i = 0; i < 20; i++) {
                user.sendAndAck(pair.conversationId(), "burst " + i);
            }
            for (int i = 0; i < 20; i++) {
                JsonObject m = friend.next("message");
                assertThat(m.getString("body")).isEqualTo("burst " + i);
                assertThat(m.getJsonNumber("seq").longValueExact()).isEqualTo(33 + i);
            }
            friend.expectNone(ChatFixture.quiet(), "message");
            java.util.Arrays.sort(micros);
            System.out.println("[cluster] first message, send on A to frame on B: " + latencyMicros / 1000
                    + " ms; then over " + micros.length + " messages: median " + micros[micros.length / 2] / 1000.0
                    + " ms, p90 " + micros[micros.length * 9 / 10] / 1000.0 + " ms, max "
                    + micros[micros.length - 1] / 1000.0 + " ms");
        }
        assertThat(fixture.lastSeq(pair.conversationId())).isEqualTo(52);
    }

    @Test
    void presenceIsSharedAcrossNodes() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket friend = ChatSocket.withToken(a, pair.friend().token())) {
            // A round trip, so the server has finished opening the friend's socket (which looks up who is online)
            // before the user arrives; otherwise the user can be reported online twice (harmless, but not tested).
            friend.resume(pair.conversationId(), 0);
            friend.next("resumed");
            try (ChatSocket user = ChatSocket.withToken(b, pair.user().token())) {
                JsonObject online = friend.next("presence");
                assertThat(online.getString("userId")).isEqualTo(pair.user().id());
                assertThat(online.getBoolean("online")).isTrue();
                JsonObject told = user.next("presence");
                assertThat(told.getString("userId")).as("B tells the newcomer who is online on A")
                        .isEqualTo(pair.friend().id());
                assertThat(told.getBoolean("online")).isTrue();

                // A second device on A is not a new arrival, and closing it does not take them offline.
                try (ChatSocket second = ChatSocket.withToken(a, pair.user().token())) {
                    assertThat(second.next("presence").getString("userId")).isEqualTo(pair.friend().id());
                }
                friend.expectNone(Duration.ofMillis(700), "presence");
            }
            JsonObject offline = friend.next("presence");
            assertThat(offline.getString("userId")).isEqualTo(pair.user().id());
            assertThat(offline.getBoolean("online")).isFalse();
        }
    }

    @Test
    void suspendingAnAccountOnOneNodeClosesItsSocketsOnBoth() {
        ChatFixture.Pair pair = fixture.pair();
        try (ChatSocket friend = ChatSocket.withToken(a, pair.friend().token())) {
            friend.resume(pair.conversationId(), 0);
            friend.next("resumed");
            try (ChatSocket userOnA = ChatSocket.withToken(a, pair.user().token());
                 ChatSocket userOnB = ChatSocket.withToken(b, pair.user().token())) {
                assertThat(friend.next("presence").getBoolean("online")).isTrue();
                userOnB.next("presence");  // B has registered its socket (it tells the newcomer who is online)

                a.client().suspendUser(new Accounts(a).adminToken(), pair.user().id(), "abuse in chat");

                assertThat(userOnA.awaitClose()).isEqualTo(new ChatSocket.Closed(1008, "account-suspended"));
                assertThat(userOnB.awaitClose()).as("relayed to B")
                        .isEqualTo(new ChatSocket.Closed(1008, "account-suspended"));
                JsonObject offline = friend.next("presence");
                assertThat(offline.getString("userId")).isEqualTo(pair.user().id());
                assertThat(offline.getBoolean("online")).isFalse();
            }
        }
    }
}
