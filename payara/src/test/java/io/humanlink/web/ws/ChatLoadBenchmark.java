package io.humanlink.web.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.load.ChatLoad;
import io.humanlink.client.load.IdleSockets;
import io.humanlink.web.platform.AppUnderTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chat throughput and capacity on this box, each figure against a baseline measured in the same run:
 * <ol>
 *   <li>pgbench on the same PostgreSQL (a scratch database): single-row INSERT transactions per second, the most a
 *       one-commit-per-message writer could reach;</li>
 *   <li>the chat load: {@code bench.clients} WebSocket clients in pairs sending at {@code bench.rate} messages/s each;
 *       delivered messages/s and end-to-end p50/p99 (send → {@code message} frame at the peer, which the server sends
 *       only after the commit), and the ratio delivered messages/s ÷ pgbench TPS (target ≥ 1.0: reached by group
 *       commit, never by acking before the commit);</li>
 *   <li>{@code bench.idle} idle sockets: the app's heap after a full GC before and after, so heap per connection and
 *       connections per GB of heap (target ≥ 10 000 connections on this box).</li>
 * </ol>
 * The offered load (200 × 180 = 36 000 msg/s by default) must stay above what the server can carry, or the ratio
 * measures the load generator: at 120 per client the server delivered all 24 000 offered while pgbench reached 28 600.
 * The app is one of its own (send-rate limit lifted for the load). A benchmark, not a test: it asserts only that the
 * load got through. Every figure is printed on a {@code CHAT-BENCH} line.
 * Run: {@code ./mvnw -Pbenchmark -pl payara -am verify -Dit.test=ChatLoadBenchmark [-Dbench.clients=200
 * -Dbench.rate=180 -Dbench.seconds=30 -Dbench.idle=10000 -Dbench.pgbench.seconds=20]}.
 */
class ChatLoadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 200);
    private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "180"));
    private static final int WINDOW = Integer.getInteger("bench.window", 10);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 10);
    private static final int IDLE = Integer.getInteger("bench.idle", 10_000);
    private static final int PGBENCH_SECONDS = Integer.getInteger("bench.pgbench.seconds", 20);
    private static final String GROUP_COMMIT = System.getProperty("bench.group-commit", "true");

    @Test
    void chatThroughputAgainstPgbenchAndIdleConnectionsPerGigabyte() throws Exception {
        Map<String, String> settings = Map.of(
                "HUMANLINK_CHAT_SEND_RATE_MESSAGES", "1000000",
                "HUMANLINK_CHAT_OUTBOUND_QUEUE", "100000",
                "HUMANLINK_CHAT_GROUP_COMMIT_ENABLED", GROUP_COMMIT);
        try (AppUnderTest app = AppUnderTest.start(settings)) {
            BenchPopulation population = new BenchPopulation(app);
            List<BenchPopulation.Member> talkers = population.addUsers(CLIENTS);
            List<String> conversations = population.addConversations(talkers);
            line("app pid %d, %d CPUs, group commit %s", app.pid(), Runtime.getRuntime().availableProcessors(),
                    GROUP_COMMIT);

            Pgbench.Result pgbench = Pgbench.singleRowInserts(app.database(), CLIENTS, PGBENCH_SECONDS);
            line("pgbench single-row INSERT: %,.0f TPS (%d clients, %d s, scratch database on the same server)",
                    pgbench.tps(), pgbench.clients(), PGBENCH_SECONDS);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            URI chat = URI.create(app.baseUri().toString().replace("http:", "ws:") + "/ws/chat");
            List<ChatLoad.Pair> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < talkers.size(); i += 2) {
                pairs.add(new ChatLoad.Pair(population.token(talkers.get(i)), population.token(talkers.get(i + 1)),
                        conversations.get(i / 2)));
            }
            ChatLoad.Result load = new ChatLoad(chat).run(pairs, new ChatLoad.Settings(RATE,
                    Duration.ofSeconds(WARM_UP_SECONDS), Duration.ofSeconds(SECONDS), WINDOW));
            line("chat load: %d clients in %d pairs, offered %,.0f msg/s (%.0f per client, window %d), %d s measured"
                    + " after %d s warm-up", load.clients(), pairs.size(), load.offeredPerSecond(), RATE, WINDOW,
                    SECONDS, WARM_UP_SECONDS);
            line("chat sent %,d, skipped by window %,d, acked %,d, delivered %,d, errors %,d", load.sent(),
                    load.skipped(), load.acked(), load.delivered(), load.errors());
            line("delivered messages/s: %,.0f", load.deliveredPerSecond());
            line("end-to-end latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms", load.p50Millis(), load.p99Millis(),
                    load.maxMillis());
            line("ratio delivered messages/s / pgbench TPS = %.2f (target >= 1.0)",
                    load.deliveredPerSecond() / pgbench.tps());
            line("stored: %,d messages in %d conversations", population.storedMessages(), conversations.size());

            if (IDLE > 0) {
                idle(app, population, http, chat);
            }
            assertThat(load.delivered()).as("messages delivered in the measured window").isPositive();
        }
    }

    private static void idle(AppUnderTest app, BenchPopulation population, HttpClient http, URI chat)
            throws Exception {
        List<BenchPopulation.Member> idlers = population.addUsers(IDLE);
        List<String> tokens = idlers.stream().map(population::token).toList();
        AppHeap heap = new AppHeap(app.pid());
        Thread.sleep(2000);  // the load's sockets are closing
        long before = heap.usedAfterFullGc();
        long openStart = System.nanoTime();
        try (IdleSockets sockets = IdleSockets.open(http, chat, tokens, 200)) {
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            Thread.sleep(3000);
            long after = heap.usedAfterFullGc();
            int held = sockets.open();
            double perConnection = (double) (after - before) / Math.max(1, held);
            line("idle sockets: %,d asked, %,d opened in %.1f s, %,d failed, %,d still open after a full GC",
                    IDLE, sockets.opened(), openSeconds, sockets.failed(), held);
            line("app heap used after full GC: %,.1f MB before, %,.1f MB with the idle sockets; max heap %,.0f MB",
                    before / 1048576.0, after / 1048576.0, heap.maxBytes() / 1048576.0);
            line("heap per idle connection: %,.1f KB = %,.1f MB per 1k connections; %,.0f connections per GB of heap"
                    + " (target >= 10k connections on this box; max heap holds ~%,.0f)", perConnection / 1024,
                    perConnection * 1000 / 1048576, (1L << 30) / perConnection, heap.maxBytes() / perConnection);
        }
    }

    private static void line(String format, Object... values) {
        System.out.printf(Locale.ROOT, "CHAT-BENCH " + format + "%n", values);
    }
}
