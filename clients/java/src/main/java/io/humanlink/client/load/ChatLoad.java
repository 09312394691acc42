package io.humanlink.client.load;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Chat load: clients in pairs, each pair sharing a conversation, every client sending {@code send} frames at a set
 * rate over {@code /ws/chat}. Each body starts with the send's {@link System#nanoTime()}, so the peer that receives the
 * {@code message} frame (in this same JVM) measures the end-to-end latency: send scheduled → frame read at the peer,
 * which includes the server's commit (the server delivers only committed messages). Figures count only the measured
 * window, after a warm-up. A client keeps at most {@code window} sends unacknowledged; what it owes beyond that is
 * skipped and counted, so the offered rate is visible next to the delivered one.
 */
public final class ChatLoad {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** Two members of one conversation, each with an access token. */
    public record Pair(String firstToken, String secondToken, String conversationId) {
    }

    /** Per-client rate (messages/s), warm-up and measured time, and the unacknowledged window per client. */
    public record Settings(double messagesPerSecondPerClient, Duration warmUp, Duration measured, int window) {
    }

    /** What the measured window saw. Latencies in milliseconds; rates per second of the window. */
    public record Result(int clients, double offeredPerSecond, long sent, long skipped, long acked, long delivered,
                         long errors, double seconds, double deliveredPerSecond, double p50Millis, double p99Millis,
                         double maxMillis) {
    }

    private final HttpClient http;
    private final URI chat;

    public ChatLoad(HttpClient http, URI chat) {
        this.http = http;
        this.chat = chat;
    }

    public Result run(List<Pair> pairs, Settings settings) throws InterruptedException {
        Stats stats = new Stats();
        List<Client> clients = new ArrayList<>();
        for (Pair pair : pairs) {
            clients.add(new Client(pair.conversationId(), stats, clients.size()));
            clients.add(new Client(pair.conversationId(), stats, clients.size()));
        }
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            Pair pair = pairs.get(i / 2);
            String token = i % 2 == 0 ? pair.firstToken() : pair.secondToken();
            opening.add(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(chat, clients.get(i)).toCompletableFuture());
        }
        for (int i = 0; i < clients.size(); i++) {
            clients.get(i).socket = opening.get(i).join();
        }

        long start = System.nanoTime();
        stats.measureFrom = start + settings.warmUp().toNanos();
        stats.measureTo = stats.measureFrom + settings.measured().toNanos();
        clients.forEach(client -> client.schedule = new SendSchedule(settings.messagesPerSecondPerClient(), start,
                settings.window()));
        long next = start;
        while (System.nanoTime() < stats.measureTo) {
            long now = System.nanoTime();
            for (Client client : clients) {
                client.sendDue(now);
            }
            next += TICK_NANOS;
            LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
        }
        Thread.sleep(500);  // frames in flight at the end of the window still arrive, but are not counted
        for (Client client : clients) {
            client.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(failure -> null);
        }
        double seconds = settings.measured().toNanos() / 1e9;
        return new Result(clients.size(), settings.messagesPerSecondPerClient() * clients.size(),
                stats.sent.get(), stats.skipped.get(), stats.acked.get(), stats.delivered.get(), stats.errors.get(),
                seconds, stats.delivered.get() / seconds, stats.latencies.percentileMillis(0.50),
                stats.latencies.percentileMillis(0.99), stats.maxNanos.get() / 1e6);
    }

    /** Counters shared by all clients; only events inside [measureFrom, measureTo) count. */
    private static final class Stats {
        final LatencyHistogram latencies = new LatencyHistogram();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong acked = new AtomicLong();
        final AtomicLong delivered = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong maxNanos = new AtomicLong();
        volatile long measureFrom = Long.MAX_VALUE;
        volatile long measureTo = Long.MAX_VALUE;

        boolean measuring(long nanos) {
            return nanos >= measureFrom && nanos < measureTo;
        }
    }

    private static final class Client implements WebSocket.Listener {
        private final String conversationId;
        private final Stats stats;
        private final String prefix;
        private final AtomicInteger unacknowledged = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        private CompletableFuture<WebSocket> lastSend = CompletableFuture.completedFuture(null);
        private long counter;
        volatile WebSocket socket;
        SendSchedule schedule;

        Client(String conversationId, Stats stats, int index) {
            this.conversationId = conversationId;
            this.stats = stats;
            this.prefix = "load-" + index + "-";
        }

        /** Runs on the generator's one sending thread: the JDK socket takes one send at a time, so they chain. */
        void sendDue(long now) {
            SendSchedule.Due due = schedule.due(now, unacknowledged.get());
            boolean count = stats.measuring(now);
            if (count) {
                stats.skipped.addAndGet(due.skipped());
            }
            for (int i = 0; i < due.send(); i++) {
                String frame = "{\"type\":\"send\",\"conversationId\":\"" + conversationId + "\",\"clientMsgId\":\""
                        + prefix + (++counter) + "\",\"body\":\"" + System.nanoTime() + " load message\"}";
                unacknowledged.incrementAndGet();
                if (count) {
                    stats.sent.incrementAndGet();
                }
                WebSocket ws = socket;
                lastSend = lastSend.thenCompose(done -> ws.sendText(frame, true));
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received(text, System.nanoTime());
            }
            webSocket.request(1);
            return null;
        }

        private void received(String text, long now) {
            JsonObject frame = JSON.createReader(new StringReader(text)).readObject();
            switch (frame.getString("type", "")) {
                case "ack" -> {
                    unacknowledged.decrementAndGet();
                    if (stats.measuring(now)) {
                        stats.acked.incrementAndGet();
                    }
                }
                case "message" -> {
                    String body = frame.get("body") instanceof JsonString s ? s.getString() : "";
                    int space = body.indexOf(' ');
                    if (space > 0 && stats.measuring(now)) {
                        long latency = now - Long.parseLong(body.substring(0, space));
                        stats.latencies.record(latency);
                        stats.maxNanos.accumulateAndGet(latency, Math::max);
                        stats.delivered.incrementAndGet();
                    }
                }
                case "error" -> {
                    if (frame.containsKey("clientMsgId")) {
                        unacknowledged.decrementAndGet();
                    }
                    stats.errors.incrementAndGet();
                }
                default -> {
                    // presence, typing, read: not part of the load
                }
            }
        }
    }
}
