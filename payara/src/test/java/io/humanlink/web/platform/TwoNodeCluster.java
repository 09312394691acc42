package io.humanlink.web.platform;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Two nodes of the packaged app clustered on loopback ({@code HUMANLINK_CLUSTER=on} in start.sh: Payara Micro's
 * Hazelcast with a TCP/IP member list of both cluster ports, a cluster name of its own per run), on one throwaway
 * database with the same signing keys and fakes, on different HTTP ports. Each node is seen by tests as an
 * {@link AppUnderTest}. {@link #kill} ends a node's JVM with SIGKILL; {@link #ensureBothUp} boots a dead one again.
 */
public final class TwoNodeCluster implements AutoCloseable {

    private static final Duration FORM_TIMEOUT = Duration.ofSeconds(60);

    private final Path work;
    private final ThrowawayDatabase database;
    private final GreenMail mail;
    private final WireMockServer wireMock;
    private final SigningKeys keys;
    private final String clusterName;
    private final int[] httpPorts = new int[2];
    private final int[] clusterPorts = new int[2];
    private final AppProcess[] processes = new AppProcess[2];
    private final AppUnderTest[] nodes = new AppUnderTest[2];
    private Duration formedIn;

    private TwoNodeCluster(Path work, ThrowawayDatabase database, GreenMail mail, WireMockServer wireMock,
                           SigningKeys keys) {
        this.work = work;
        this.database = database;
        this.mail = mail;
        this.wireMock = wireMock;
        this.keys = keys;
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        this.clusterName = "humanlink-it-" + HexFormat.of().formatHex(random);
        for (int i = 0; i < 2; i++) {
            httpPorts[i] = FreePort.next();
            clusterPorts[i] = FreePort.next();
        }
    }

    /** Starts the database, the fakes and both nodes (in parallel), and waits until each sees the other. */
    public static TwoNodeCluster start() {
        Path work = AppProcess.workDirectory();
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            AppUnderTest.Surroundings around = AppUnderTest.Surroundings.start(started);
            SigningKeys keys = SigningKeys.generate(work.resolve("cluster-keys"));
            TwoNodeCluster cluster = new TwoNodeCluster(work, around.database(), around.mail(), around.wireMock(),
                    keys);
            started.push(cluster::stopNodes);
            long begin = System.nanoTime();
            // Node 0 seeds the demo accounts; both migrate (Flyway serialises that with a database lock).
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> cluster.boot(1));
            cluster.boot(0);
            second.join();
            cluster.awaitFormed();
            cluster.formedIn = Duration.ofNanos(System.nanoTime() - begin);
            return cluster;
        } catch (RuntimeException | Error e) {
            AppUnderTest.closeAll(started, e);
            throw e;
        }
    }

    private void boot(int i) {
        Map<String, String> env = new HashMap<>(AppUnderTest.environment(work, httpPorts[i], database, mail, wireMock,
                keys));
        env.put("HUMANLINK_DATA_DIR", work.resolve("cluster-node-" + i).toString());
        env.put("HUMANLINK_DEMO_ENABLED", Boolean.toString(i == 0));
        env.put("HUMANLINK_CHAT_SEND_RATE_MESSAGES", "10000");
        env.put("HUMANLINK_CLUSTER", "on");
        env.put("HUMANLINK_CLUSTER_NAME", clusterName);
        env.put("HUMANLINK_CLUSTER_PORT", Integer.toString(clusterPorts[i]));
        env.put("HUMANLINK_CLUSTER_MEMBERS", "127.0.0.1:" + clusterPorts[0] + ",127.0.0.1:" + clusterPorts[1]);
        AppProcess process = AppProcess.start(httpPorts[i], env);
        processes[i] = process;
        nodes[i] = new AppUnderTest(database, mail, wireMock, keys, process);
    }

    /** Boots again any node that is not running, and waits until the cluster has both. */
    public void ensureBothUp() {
        for (int i = 0; i < 2; i++) {
            if (processes[i] == null || !processes[i].isAlive()) {
                boot(i);
            }
        }
        awaitFormed();
    }

    /**
     * Waits until both nodes report two cluster members and a settled grid ({@code chat-cluster} in
     * {@code /health/ready}): right after a join, partitions still migrate.
     */
    public void awaitFormed() {
        long deadline = System.nanoTime() + FORM_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (membersSeenBy(0) == 2 && membersSeenBy(1) == 2 && settled(0) && settled(1)) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("the two nodes did not see each other within " + FORM_TIMEOUT + "; node 0 sees "
                + membersSeenBy(0) + ", node 1 sees " + membersSeenBy(1) + " (logs " + processes[0].log() + ", "
                + processes[1].log() + ")");
    }

    /** How many cluster members a node sees, from its readiness check; -1 when it does not answer. */
    public int membersSeenBy(int i) {
        String members = clusterHealth(i, "members");
        return members == null ? -1 : Integer.parseInt(members);
    }

    /** Whether the node's grid has settled after a join or leave (no partition migrating, all backed up). */
    public boolean settled(int i) {
        return "true".equals(clusterHealth(i, "settled"));
    }

    /** A data item of the node's {@code chat-cluster} readiness check, as text; null when there is none. */
    private String clusterHealth(int i, String item) {
        HttpRequest ready = HttpRequest.newBuilder(nodes[i].baseUri().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(3)).build();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build()) {
            String body = http.send(ready, HttpResponse.BodyHandlers.ofString()).body();
            JsonObject health;
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                health = reader.readObject();
            }
            for (JsonValue check : health.getJsonArray("checks")) {
                JsonObject c = check.asJsonObject();
                if (c.getString("name").equals("chat-cluster") && c.containsKey("data")) {
                    JsonValue value = c.getJsonObject("data").get(item);
                    return value == null ? null : value.toString().replace("\"", "");
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The node as an app under test (its base URI, HTTP helpers, the shared database). */
    public AppUnderTest node(int i) {
        return nodes[i];
    }

    public AppProcess process(int i) {
        return processes[i];
    }

    /** {@code kill -9} of the node's JVM. */
    public void kill(int i) {
        processes[i].killHard();
    }

    /** From the first launch until both nodes saw each other. */
    public Duration formedIn() {
        return formedIn;
    }

    public ThrowawayDatabase database() {
        return database;
    }

    private void stopNodes() {
        CompletableFuture<?>[] stops = new CompletableFuture<?>[2];
        for (int i = 0; i < 2; i++) {
            AppProcess p = processes[i];
            stops[i] = p == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(p::close);
        }
        CompletableFuture.allOf(stops).join();
    }

    @Override
    public void close() {
        RuntimeException failure = new IllegalStateException("stopping the cluster failed");
        for (AutoCloseable c : new AutoCloseable[] {this::stopNodes, database, mail::stop, wireMock::stop}) {
            try {
                c.close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
