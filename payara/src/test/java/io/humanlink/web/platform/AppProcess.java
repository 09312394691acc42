package io.humanlink.web.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app, started by {@code payara/start.sh} (the README's launcher) with a given environment and stopped by
 * {@link #close()}. Payara Micro 7.2025.1 now and then hangs at boot, so a start that is not ready in time is killed
 * and tried once more. The process output goes to {@code <work>/server-<n>.log}.
 */
public final class AppProcess implements AutoCloseable {

    /** How long one boot may take before it counts as hung; system property {@code humanlink.it.ready-timeout}. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.getLong("humanlink.it.ready-timeout", 150));
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 80;

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread killOnJvmExit;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.killOnJvmExit = new Thread(() -> kill(process), "kill-humanlink-" + port);
        Runtime.getRuntime().addShutdownHook(killOnJvmExit);
    }

    /** Where the ITs keep their files: system property {@code humanlink.it.work} (failsafe sets it). */
    public static Path workDirectory() {
        Path work = Path.of(System.getProperty("humanlink.it.work", "target/it")).toAbsolutePath();
        try {
            return Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the app on {@code port} and waits until {@code /health/ready} answers 200.
     *
     * @param environment the app's settings; inherited {@code HUMANLINK_*}/{@code MP_JWT_*} variables are dropped
     *                    first (except {@code HUMANLINK_JAVA_OPTS}) so a developer's shell cannot leak into a test
     */
    public static AppProcess start(int port, Map<String, String> environment) {
        AppProcess first = launch(port, environment);
        if (first.awaitReady()) {
            return first;
        }
        first.kill();
        AppProcess second = launch(port, environment);
        if (second.awaitReady()) {
            return second;
        }
        String tail = second.logTail();
        second.kill();
        throw new IllegalStateException("HumanLink was not ready on port " + port + " within " + READY_TIMEOUT
                + " (tried twice; logs " + first.log + ", " + second.log + "). Last lines:\n" + tail);
    }

    /** The app's JVM (start.sh execs java, so the launched process is the JVM): for jcmd/jstat in benchmarks. */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}, the same origin the app is told is its public URL. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public Path log() {
        return log;
    }

    /** The last lines of the server log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log " + log + " unreadable: " + e + ")";
        }
    }

    /** SIGTERM (Payara shuts down cleanly), then a hard kill if it is still there after the grace period. */
    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                kill(process);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        } finally {
            forgetShutdownHook();
        }
    }

    /**
     * {@code kill -9} of the server's JVM (start.sh execs it, so the launched process is the JVM itself), as a crash
     * would end it: no shutdown, no goodbye to the cluster. Waits until it is gone.
     */
    public void killHard() {
        kill();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Hard kill, for a start that hung: there is nothing to shut down cleanly. */
    private void kill() {
        kill(process);
        forgetShutdownHook();
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnJvmExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, harmlessly
        }
    }

    private static AppProcess launch(int port, Map<String, String> environment) {
        Path launcher = Path.of(System.getProperty("humanlink.launcher", "start.sh")).toAbsolutePath();
        Path bundle = Path.of(System.getProperty("humanlink.bundle", "target/humanlink-microbundle.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalStateException(bundle + " is missing: the ITs run after `package` (./mvnw verify)");
        }
        Path log = claimLogFile(workDirectory());
        ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString())
                .directory(launcher.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> (name.startsWith("HUMANLINK_") && !name.equals("HUMANLINK_JAVA_OPTS"))
                || name.startsWith("MP_JWT_"));
        env.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(new HashMap<>(environment));
        env.put("HUMANLINK_HTTP_PORT", Integer.toString(port));
        env.put("HUMANLINK_BUNDLE", bundle.toString());
        try {
            return new AppProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + launcher, e);
        }
    }

    /** {@code server-1.log}, {@code server-2.log}, ...: the first name nobody has taken yet. */
    private static Path claimLogFile(Path work) {
        for (int n = 1; ; n++) {
            try {
                return Files.createFile(work.resolve("server-" + n + ".log"));
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * @return true once ready; false if not ready by the deadline (the process is then left for the caller to stop)
     * @throws IllegalStateException if the process exited: a broken launch is not the hang that a retry cures
     */
    private boolean awaitReady() {
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    kill();
                    throw new IllegalStateException("HumanLink exited with " + process.exitValue()
                            + " during start-up (" + log + "). Last lines:\n" + logTail());
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return true;
                    }
                } catch (IOException notListeningYet) {
                    // keep polling
                } catch (InterruptedException e) {
                    kill();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for HumanLink", e);
                }
                pause();
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for HumanLink", e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
