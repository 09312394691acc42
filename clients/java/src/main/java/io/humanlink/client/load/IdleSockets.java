package io.humanlink.client.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many idle chat sockets, one per access token, opened over one shared {@link HttpClient} with at most
 * {@code parallel} handshakes at a time; they read (and drop) whatever the server sends, such as presence.
 */
public final class IdleSockets implements AutoCloseable {

    private final ConcurrentLinkedQueue<WebSocket> sockets = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger closedByServer = new AtomicInteger();

    private IdleSockets() {
    }

    public static IdleSockets open(HttpClient http, URI chat, List<String> tokens, int parallel)
            throws InterruptedException {
        IdleSockets idle = new IdleSockets();
        Semaphore handshakes = new Semaphore(parallel);
        WebSocket.Listener listener = idle.new Listener();
        for (String token : tokens) {
            handshakes.acquire();
            http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(chat, listener)
                    .whenComplete((socket, failure) -> {
                        handshakes.release();
                        if (failure == null) {
                            idle.sockets.add(socket);
                        } else {
                            idle.failed.incrementAndGet();
                        }
                    });
        }
        handshakes.acquire(parallel);
        return idle;
    }

    /** Sockets that opened. */
    public int opened() {
        return sockets.size();
    }

    /** Sockets that opened and are still open (the server has not closed them). */
    public int open() {
        return opened() - closedByServer.get();
    }

    public int failed() {
        return failed.get();
    }

    @Override
    public void close() {
        List<CompletableFuture<WebSocket>> closing = sockets.stream()
                .map(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(failure -> socket))
                .toList();
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            sockets.forEach(WebSocket::abort);
        }
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedByServer.incrementAndGet();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closedByServer.incrementAndGet();
        }
    }
}
