package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.humanlink.web.platform.AppUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * One client socket to {@code /ws/chat} over the JDK's WebSocket client, as an app would hold it: every text frame
 * received is kept in order; tests take the next frame (of a type) or wait for the close.
 */
public final class ChatSocket implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);
    public static final String ORIGIN = "http://localhost";

    /** How the server ended the socket. */
    public record Closed(int code, String reason) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final WebSocket socket;
    private final BlockingQueue<JsonObject> frames;
    private final CompletableFuture<Closed> closed;
    private final List<JsonObject> skipped = new ArrayList<>();

    private ChatSocket(WebSocket socket, BlockingQueue<JsonObject> frames, CompletableFuture<Closed> closed) {
        this.socket = socket;
        this.frames = frames;
        this.closed = closed;
    }

    /** Opens a socket; {@code query} is appended to the path as is ({@code "?ticket=..."} or ""). */
    public static ChatSocket open(AppUnderTest app, String query, String... headers) {
        BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
        CompletableFuture<Closed> closed = new CompletableFuture<>();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            WebSocket socket = builder.buildAsync(uri(app, query), new Collector(frames, closed))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return new ChatSocket(socket, frames, closed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not open " + uri(app, query), e);
        }
    }

    /** Opens with an access token in the Authorization header, from the allowed origin. */
    public static ChatSocket withToken(AppUnderTest app, String accessToken) {
        return open(app, "", "Authorization", "Bearer " + accessToken, "Origin", ORIGIN);
    }

    /** Opens with a fresh ticket from POST /api/v1/chat/tickets, from the allowed origin (as a browser would). */
    public static ChatSocket withTicket(AppUnderTest app, String accessToken) {
        return open(app, "?ticket=" + ticket(app, accessToken), "Origin", ORIGIN);
    }

    public static String ticket(AppUnderTest app, String accessToken) {
        var response = app.http().send("POST", "/api/v1/chat/tickets", null, null,
                "Authorization", "Bearer " + accessToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getString("ticket");
        }
    }

    /** The HTTP status of a refused handshake (fails when the handshake succeeds). */
    public static int refusedHandshakeStatus(AppUnderTest app, String query, String... headers) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            WebSocket socket = builder.buildAsync(uri(app, query), new Collector(new LinkedBlockingQueue<>(),
                    new CompletableFuture<>())).join();
            socket.abort();
            return fail("the handshake was accepted");
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    public static URI uri(AppUnderTest app, String query) {
        return URI.create(app.baseUri().toString().replaceFirst("^http", "ws") + "/ws/chat" + query);
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    public void sendBinary(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    public void sendMessage(String conversationId, String clientMsgId, String body) {
        send(Json.createObjectBuilder().add("type", "send").add("conversationId", conversationId)
                .add("clientMsgId", clientMsgId).add("body", body).build().toString());
    }

    /** Sends and returns the ack (failing on anything else in between but presence/typing/read frames). */
    public long sendAndAck(String conversationId, String body) {
        String clientMsgId = UUID.randomUUID().toString();
        sendMessage(conversationId, clientMsgId, body);
        JsonObject ack = next("ack", "error");
        assertThat(ack.getString("type")).as(ack.toString()).isEqualTo("ack");
        assertThat(ack.getString("clientMsgId")).isEqualTo(clientMsgId);
        return ack.getJsonNumber("seq").longValueExact();
    }

    public void resume(String conversationId, long afterSeq) {
        send("{\"type\":\"resume\",\"conversationId\":\"" + conversationId + "\",\"afterSeq\":" + afterSeq + "}");
    }

    public void read(String conversationId, long seq) {
        send("{\"type\":\"read\",\"conversationId\":\"" + conversationId + "\",\"seq\":" + seq + "}");
    }

    public void typing(String conversationId) {
        send("{\"type\":\"typing\",\"conversationId\":\"" + conversationId + "\"}");
    }

    /** The next frame, whatever it is. */
    public JsonObject next() {
        return next(frame -> true, WAIT);
    }

    /** The next frame of one of these types; frames of other types before it are set aside ({@link #skipped}). */
    public JsonObject next(String... types) {
        return next(frame -> List.of(types).contains(frame.getString("type")), WAIT);
    }

    public JsonObject next(Predicate<JsonObject> wanted, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                JsonObject frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    return fail("no such frame within " + wait + "; set aside: " + skipped);
                }
                if (wanted.test(frame)) {
                    return frame;
                }
                skipped.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame within {@code wait}, or null (for clients that read every frame themselves). */
    public JsonObject poll(Duration wait) {
        try {
            return frames.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops the connection without a closing handshake. */
    public void abort() {
        socket.abort();
    }

    /** Asserts that no frame of these types arrives within {@code quiet}. */
    public void expectNone(Duration quiet, String... types) {
        long deadline = System.nanoTime() + quiet.toNanos();
        try {
            while (true) {
                JsonObject frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    return;
                }
                assertThat(List.of(types)).as("unexpected frame " + frame).doesNotContain(frame.getString("type"));
                skipped.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public List<JsonObject> skipped() {
        return skipped;
    }

    /** How the server closed the socket (fails if it does not within the wait). */
    public Closed awaitClose() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            return fail("the socket was not closed by the server: " + e);
        }
    }

    public boolean isOpen() {
        return !closed.isDone() && !socket.isInputClosed();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                socket.abort();
            }
        }
        try {
            closed.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            socket.abort();
        }
    }

    /** Collects whole text frames (the JDK may hand one over in parts) and the close. */
    private static final class Collector implements WebSocket.Listener {

        private final BlockingQueue<JsonObject> frames;
        private final CompletableFuture<Closed> closed;
        private final StringBuilder partial = new StringBuilder();

        Collector(BlockingQueue<JsonObject> frames, CompletableFuture<Closed> closed) {
            this.frames = frames;
            this.closed = closed;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try (JsonReader reader = Json.createReader(new StringReader(partial.toString()))) {
                    frames.add(reader.readObject());
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(new Closed(statusCode, reason));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }
}
