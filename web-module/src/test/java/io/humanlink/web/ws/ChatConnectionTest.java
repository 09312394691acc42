package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.chat.ChatUser;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ChatConnectionTest {

    private static final UUID CONVERSATION = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    /** A socket whose writes either complete at once (inside sendText) or when the test says so. */
    private static final class FakeSocket {
        final List<String> written = new CopyOnWriteArrayList<>();
        final ArrayDeque<SendHandler> pending = new ArrayDeque<>();
        final List<CloseReason> closes = new CopyOnWriteArrayList<>();
        boolean completeAtOnce = true;
        int inFlight;
        int maxInFlight;

        Session session() {
            RemoteEndpoint.Async async = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                        if (method.getName().equals("sendText") && args.length == 2) {
                            written.add((String) args[0]);
                            inFlight++;
                            maxInFlight = Math.max(maxInFlight, inFlight);
                            SendHandler handler = (SendHandler) args[1];
                            if (completeAtOnce) {
                                inFlight--;
                                handler.onResult(new SendResult());
                            } else {
                                pending.add(handler);
                            }
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
            return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> "socket-1";
                        case "getAsyncRemote" -> async;
                        case "close" -> {
                            closes.add(args == null ? null : (CloseReason) args[0]);
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        void completeOne() {
            inFlight--;
            pending.poll().onResult(new SendResult());
        }
    }

    private static ChatSocketSettings settings(int queue) {
        ChatSocketSettings settings = new ChatSocketSettings();
        settings.sendRateMessages = 20;
        settings.sendRatePer = Duration.ofSeconds(10);
        settings.queryRateFrames = 60;
        settings.queryRatePer = Duration.ofSeconds(10);
        settings.outboundQueue = queue;
        settings.typingInterval = Duration.ofSeconds(2);
        return settings;
    }

    private static ChatConnection connection(FakeSocket socket, int queue) {
        return new ChatConnection(socket.session(), new ChatUser(1, UUID.randomUUID()), settings(queue));
    }

    @Test
    void repliesGoOutInTheOrderOfTheSendsEvenWhenALaterOneIsReadyFirst() {
        FakeSocket socket = new FakeSocket();
        ChatConnection connection = connection(socket, 100);
        CompletableFuture<String> firstCommit = new CompletableFuture<>();
        CompletableFuture<String> secondCommit = new CompletableFuture<>();

        connection.replyInOrder(firstCommit, (ack, failure) -> connection.send(failure == null ? ack : "failed-1"));
        connection.replyInOrder(secondCommit, (ack, failure) -> connection.send(ack));
        connection.replyInOrder(CompletableFuture.completedFuture("refused-3"), (refusal, f) -> connection.send(refusal));
        secondCommit.complete("ack-2");

        assertThat(socket.written).as("the first send is not committed yet").isEmpty();

        firstCommit.completeExceptionally(new IllegalStateException("rolled back"));
        connection.replyInOrder(CompletableFuture.completedFuture("refused-4"), (refusal, f) -> connection.send(refusal));

        assertThat(socket.written).containsExactly("failed-1", "ack-2", "refused-3", "refused-4");
    }

    @Test
    void framesGoOutInOrderOneWriteAtATimeEvenWhenWritesCompleteAtOnce() {
        FakeSocket socket = new FakeSocket();
        ChatConnection connection = connection(socket, 5000);

        for (int i = 0; i < 3000; i++) {
            connection.send("f" + i);
        }

        assertThat(socket.written).hasSize(3000).startsWith("f0", "f1").endsWith("f2999");
        assertThat(socket.maxInFlight).isEqualTo(1);
    }

    @Test
    void framesQueuedDuringASlowWriteFollowWhenItCompletes() {
        FakeSocket socket = new FakeSocket();
        socket.completeAtOnce = false;
        ChatConnection connection = connection(socket, 100);

        connection.send("a");
        connection.send("b");
        connection.send("c");
        assertThat(socket.written).containsExactly("a");

        socket.completeOne();
        socket.completeOne();
        socket.completeOne();
        assertThat(socket.written).containsExactly("a", "b", "c");
        assertThat(socket.maxInFlight).isEqualTo(1);
    }

    @Test
    void aClientThatFallsTooFarBehindIsDisconnectedToResumeLater() throws InterruptedException {
        FakeSocket socket = new FakeSocket();
        socket.completeAtOnce = false;
        ChatConnection connection = connection(socket, 16);

        for (int i = 0; i < 20; i++) {
            connection.send("f" + i);
        }

        for (int i = 0; i < 100 && socket.closes.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(socket.closes).singleElement().satisfies(reason -> {
            assertThat(reason.getCloseCode()).isEqualTo(CloseReason.CloseCodes.TRY_AGAIN_LATER);
            assertThat(reason.getReasonPhrase()).isEqualTo("too-slow");
        });
        socket.completeOne();
        assertThat(socket.written).as("nothing more after the overflow").containsExactly("f0");
    }

    @Test
    void liveMessagesDuringAResumeComeAfterTheReplayWithoutWhatItAlreadyHad() {
        FakeSocket socket = new FakeSocket();
        ChatConnection connection = connection(socket, 100);

        connection.beginReplay(CONVERSATION);
        connection.sendMessage(CONVERSATION, 4, 1, "live-4");
        connection.sendMessage(CONVERSATION, 6, 1, "live-6");
        connection.sendMessage(CONVERSATION, 2, 2, "edit-2");
        connection.send("presence");
        assertThat(socket.written).containsExactly("presence");

        connection.finishReplay(CONVERSATION, List.of("replay-3", "replay-4", "replay-5"), 5, false,
                List.of("resumed"));

        assertThat(socket.written).containsExactly("presence", "replay-3", "replay-4", "replay-5", "live-6",
                "edit-2", "resumed");
    }

    @Test
    void aCutShortReplayDropsNewerLiveMessagesForTheNextResume() {
        FakeSocket socket = new FakeSocket();
        ChatConnection connection = connection(socket, 100);

        connection.beginReplay(CONVERSATION);
        connection.sendMessage(CONVERSATION, 900, 1, "live-900");
        connection.finishReplay(CONVERSATION, List.of("replay-1", "replay-2"), 2, true, List.of("resumed"));

        assertThat(socket.written).containsExactly("replay-1", "replay-2", "resumed");
    }

    @Test
    void typingIsRelayedAtMostOncePerInterval() {
        ChatConnection connection = connection(new FakeSocket(), 100);
        long second = 1_000_000_000L;

        List<Boolean> due = new ArrayList<>();
        for (long t : new long[] {0, second, 2 * second, 3 * second}) {
            due.add(connection.typingDue(CONVERSATION, t));
        }

        assertThat(due).containsExactly(true, false, true, false);
    }
}
