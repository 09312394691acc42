package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.web.api.sessions.SessionsFixture.Person;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkClusterIT;
import io.humanlink.web.platform.TwoNodeCluster;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Chaos: clients on both nodes send continuously in several conversations; node B's JVM is killed with SIGKILL in
 * mid-stream; its clients reconnect to node A, resend what was not acked (same clientMsgId) and resume from the last
 * seq they hold. At the end, per conversation: every acknowledged message is in the database under its acked seq,
 * no clientMsgId is stored twice, seqs are 1..last with no gap, each sender's messages are in the order sent, and each
 * client's view (deduplicated by seq) equals the database. The database is the record; relays lost with the dead node
 * are repaired by resume. A member who was connected only to the dead node goes offline for a contact on the survivor
 * (the survivor drops the dead node's presence entries when Hazelcast drops the member).
 */
@HumanLinkClusterIT
class ChatChaosIT {

    private static final int CONVERSATIONS = 4;
    private static final Duration BEFORE_KILL = Duration.ofSeconds(6);
    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private final TwoNodeCluster cluster;
    private final ChatFixture fixture;

    ChatChaosIT(TwoNodeCluster cluster) {
        cluster.ensureBothUp();
        this.cluster = cluster;
        this.fixture = new ChatFixture(cluster.node(0));
    }

    @Test
    void killingANodeMidStreamLosesNoAcknowledgedMessageAndDuplicatesNothing() throws Exception {
        AtomicBoolean sending = new AtomicBoolean(true);
        List<ChaosClient> clients = new ArrayList<>();
        List<String> conversations = new ArrayList<>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            ChatFixture.Pair pair = fixture.pair();
            conversations.add(pair.conversationId());
            clients.add(new ChaosClient("c" + c + "-user", pair.user(), pair.conversationId(), 0, sending));
            clients.add(new ChaosClient("c" + c + "-friend", pair.friend(), pair.conversationId(), 1, sending));
        }
        // A member connected only to the node that dies, and a contact of theirs on the survivor.
        ChatFixture.Pair watched = fixture.pair();
        ChatSocket watcher = ChatSocket.withToken(cluster.node(0), watched.friend().token());
        ChatSocket ghost = ChatSocket.withToken(cluster.node(1), watched.user().token());
        assertThat(watcher.next(f -> isPresence(f, watched.user().id(), true), ChatSocket.WAIT)).isNotNull();

        List<Thread> threads = clients.stream().map(c -> Thread.ofPlatform().name(c.name).start(c)).toList();

        Thread.sleep(BEFORE_KILL.toMillis());
        int ackedBeforeKill = clients.stream().mapToInt(c -> c.acked.size()).sum();
        long killedAt = System.nanoTime();
        cluster.kill(1);
        System.out.println("[chaos] killed node 1 (pid " + cluster.process(1).pid() + ") after " + ackedBeforeKill
                + " acks");
        watcher.next(f -> isPresence(f, watched.user().id(), false), Duration.ofSeconds(30));
        long offlineAfterMillis = (System.nanoTime() - killedAt) / 1_000_000;
        System.out.println("[chaos] a member connected only to the killed node went offline for their contact on the"
                + " survivor after " + offlineAfterMillis + " ms");
        watcher.close();
        ghost.abort();
        Thread.sleep(Math.max(0, AFTER_KILL.toMillis() - offlineAfterMillis));
        sending.set(false);
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(60));
            assertThat(t.isAlive()).as(t.getName() + " finished").isFalse();
        }
        for (ChaosClient client : clients) {
            assertThat(client.failure).as(client.name).isNull();
        }

        int sent = 0;
        int acked = 0;
        int resent = 0;
        int reconnects = 0;
        int received = 0;
        int redelivered = 0;
        long firstAckAfterKillMillis = Long.MAX_VALUE;
        for (ChaosClient client : clients) {
            sent += client.sent.get();
            acked += client.acked.size();
            resent += client.resent.get();
            reconnects += client.reconnects.get();
            received += client.messageFrames.get();
            redelivered += client.repeatedFrames.get();
            if (client.firstAckAfterReconnect > 0) {
                firstAckAfterKillMillis = Math.min(firstAckAfterKillMillis,
                        (client.firstAckAfterReconnect - killedAt) / 1_000_000);
            }
        }

        int lost = 0;
        int duplicated = 0;
        int stored = 0;
        for (String conversation : conversations) {
            Map<Long, String[]> database = history(conversation);
            stored += database.size();
            assertThat(database.keySet()).as("seqs of " + conversation + " are 1..n without gaps")
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, database.size())
                            .boxed().toList());
            Map<String, Long> seqOfClientMsgId = new ConcurrentHashMap<>();
            for (Map.Entry<Long, String[]> row : database.entrySet()) {
                if (seqOfClientMsgId.put(row.getValue()[0], row.getKey()) != null) {
                    duplicated++;
                }
            }
            for (ChaosClient client : clients) {
                if (!client.conversationId.equals(conversation)) {
                    continue;
                }
                for (Map.Entry<String, Long> ack : client.acked.entrySet()) {
                    Long storedSeq = seqOfClientMsgId.get(ack.getKey());
                    if (storedSeq == null || !storedSeq.equals(ack.getValue())) {
                        lost++;
                    }
                }
                // A sender's messages are stored in the order it sent them (it has one send in flight at a time).
                long previous = 0;
                for (int n = 1; n <= client.sent.get(); n++) {
                    Long seq = seqOfClientMsgId.get(client.name + "-" + n);
                    if (seq != null) {
                        assertThat(seq).as("order of " + client.name + "'s messages").isGreaterThan(previous);
                        previous = seq;
                    }
                }
                Map<Long, String> expected = new TreeMap<>();
                database.forEach((seq, row) -> expected.put(seq, row[1]));
                assertThat(client.view).as(client.name + "'s view after dedupe by seq equals the database")
                        .isEqualTo(expected);
            }
        }
        System.out.printf("[chaos] %d conversations, %d clients: sent %d, acked %d (before the kill %d), stored %d,"
                        + " lost %d, duplicated %d; resent after reconnect %d, reconnects %d, message frames received"
                        + " %d (repeats dropped by seq %d); first ack after the kill on the survivor after %d ms%n",
                CONVERSATIONS, clients.size(), sent, acked, ackedBeforeKill, stored, lost, duplicated, resent,
                reconnects, received, redelivered, firstAckAfterKillMillis);
        assertThat(lost).as("acknowledged messages lost").isZero();
        assertThat(duplicated).as("messages stored twice").isZero();
        assertThat(acked).as("acked messages").isGreaterThan(CONVERSATIONS * 10);
        assertThat(reconnects).as("clients of the killed node reconnected").isGreaterThanOrEqualTo(CONVERSATIONS);
    }

    private static boolean isPresence(JsonObject frame, String userId, boolean online) {
        return frame.getString("type").equals("presence") && frame.getString("userId").equals(userId)
                && frame.getBoolean("online") == online;
    }

    /** seq -> {clientMsgId, body} of the conversation, from the database. */
    private Map<Long, String[]> history(String conversationId) throws SQLException {
        Map<Long, String[]> rows = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(cluster.database().jdbcUrl(), cluster.database().user(), "");
             PreparedStatement s = c.prepareStatement("select m.seq, m.client_msg_id, m.body from messages m"
                     + " join conversations c on c.id = m.conversation_id where c.public_id = ? order by m.seq")) {
            s.setString(1, conversationId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return rows;
    }

    /**
     * One member's client: one send in flight at a time (body = clientMsgId = name-n), every frame read; on a lost
     * connection it reconnects (to the surviving node if its own is dead), resumes from the highest contiguous seq it
     * holds and resends the unacked message with the same clientMsgId. When sending stops it resumes once more until
     * the server says nothing more is there.
     */
    private final class ChaosClient implements Runnable {

        final String name;
        final Person person;
        final String conversationId;
        final AtomicBoolean sending;
        final Map<String, Long> acked = new ConcurrentHashMap<>();
        final Map<Long, String> view = new TreeMap<>();
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger resent = new AtomicInteger();
        final AtomicInteger reconnects = new AtomicInteger();
        final AtomicInteger messageFrames = new AtomicInteger();
        final AtomicInteger repeatedFrames = new AtomicInteger();
        volatile Throwable failure;
        volatile long firstAckAfterReconnect;
        private int node;
        private ChatSocket socket;
        private String pending;
        private long pendingSince;
        private int resumesOutstanding;

        ChaosClient(String name, Person person, String conversationId, int node, AtomicBoolean sending) {
            this.name = name;
            this.person = person;
            this.conversationId = conversationId;
            this.node = node;
            this.sending = sending;
        }

        @Override
        public void run() {
            try {
                connect(false);
                long finalResumeDeadline = 0;
                boolean finalResumeAsked = false;
                while (true) {
                    if (!socket.isOpen()) {
                        connect(true);
                    }
                    if (pending == null && sending.get()) {
                        Thread.sleep(20);
                        pending = name + "-" + sent.incrementAndGet();
                        pendingSince = System.nanoTime();
                        socket.sendMessage(conversationId, pending, pending);
                    } else if (pending != null && System.nanoTime() - pendingSince > 5_000_000_000L) {
                        resend();
                    }
                    if (pending == null && !sending.get()) {
                        if (!finalResumeAsked) {
                            // Let the others' last messages arrive, then fill any gap from the database.
                            Thread.sleep(1500);
                            resume();
                            finalResumeAsked = true;
                            finalResumeDeadline = System.nanoTime() + 20_000_000_000L;
                        } else if (resumesOutstanding == 0) {
                            return;
                        } else if (System.nanoTime() > finalResumeDeadline) {
                            throw new IllegalStateException(name + ": the final resume never finished");
                        }
                    }
                    JsonObject frame = socket.poll(Duration.ofMillis(50));
                    if (frame != null) {
                        handle(frame);
                    }
                }
            } catch (Throwable e) {
                failure = e;
            } finally {
                if (socket != null) {
                    socket.abort();
                }
            }
        }

        private void handle(JsonObject frame) {
            switch (frame.getString("type")) {
                case "ack" -> {
                    String id = frame.getString("clientMsgId");
                    long seq = frame.getJsonNumber("seq").longValueExact();
                    acked.put(id, seq);
                    view.put(seq, id);
                    if (id.equals(pending)) {
                        pending = null;
                    }
                    if (reconnects.get() > 0 && firstAckAfterReconnect == 0) {
                        firstAckAfterReconnect = System.nanoTime();
                    }
                }
                case "message" -> {
                    if (!frame.getString("conversationId").equals(conversationId)) {
                        return;
                    }
                    messageFrames.incrementAndGet();
                    long seq = frame.getJsonNumber("seq").longValueExact();
                    if (view.put(seq, frame.getString("body")) != null) {
                        repeatedFrames.incrementAndGet();
                    }
                }
                case "resumed" -> {
                    if (!frame.getString("conversationId").equals(conversationId)) {
                        return;
                    }
                    resumesOutstanding--;
                    if (frame.getBoolean("more")) {
                        resume();
                    }
                }
                case "error" -> {
                    if (pending != null && pending.equals(frame.getString("clientMsgId", null))) {
                        // resent (same clientMsgId) half a second from now
                        pendingSince = System.nanoTime() - 4_500_000_000L;
                    }
                }
                default -> {
                    // presence, typing, read
                }
            }
        }

        private void resend() {
            resent.incrementAndGet();
            pendingSince = System.nanoTime();
            socket.sendMessage(conversationId, pending, pending);
        }

        private void resume() {
            long contiguous = 0;
            while (view.containsKey(contiguous + 1)) {
                contiguous++;
            }
            resumesOutstanding++;
            socket.resume(conversationId, contiguous);
        }

        private void connect(boolean again) throws InterruptedException {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (true) {
                if (!cluster.process(node).isAlive()) {
                    node = 1 - node;
                }
                try {
                    socket = ChatSocket.withToken(cluster.node(node), person.token());
                    break;
                } catch (RuntimeException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(200);
                }
            }
            if (again) {
                reconnects.incrementAndGet();
                resumesOutstanding = 0;
                resume();
                if (pending != null) {
                    resend();
                }
            }
        }
    }
}
