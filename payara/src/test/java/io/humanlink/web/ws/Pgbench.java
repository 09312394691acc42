package io.humanlink.web.ws;

import io.humanlink.web.platform.ThrowawayDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench on the same PostgreSQL server as the app, in a scratch database dropped afterwards: {@code pgbench -i}, then
 * a custom script of one single-row INSERT per transaction (a chat message's shape), so its TPS is what one commit per
 * message can reach on this box. Clients: as many as asked, but never more than the server has connections to spare
 * beside the app's pool.
 */
final class Pgbench {

    record Result(double tps, int clients) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final int APP_POOL_AND_MARGIN = 32 + 8;

    private Pgbench() {
    }

    static Result singleRowInserts(ThrowawayDatabase appDatabase, int wantedClients, int seconds) throws Exception {
        URI server = URI.create(appDatabase.jdbcUrl().substring("jdbc:".length()));
        String admin = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/postgres";
        String name = "humanlink_pgbench_" + HexFormat.of().formatHex(randomBytes());
        int clients;
        try (Connection c = DriverManager.getConnection(admin, appDatabase.user(), "");
             Statement s = c.createStatement()) {
            clients = Math.max(1, Math.min(wantedClients, spareConnections(s)));
            s.execute("create database " + name);
        }
        try {
            String url = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + name;
            try (Connection c = DriverManager.getConnection(url, appDatabase.user(), "");
                 Statement s = c.createStatement()) {
                s.execute("create table bench_messages (id bigserial primary key, conversation_id bigint not null,"
                        + " body varchar(16000), sent_at timestamp with time zone not null)");
            }
            Path script = Files.createTempFile("pgbench-insert", ".sql");
            Files.writeString(script, """
                    \\set conversation random(1, 100)
                    insert into bench_messages (conversation_id, body, sent_at) values (:conversation, 'a chat message of about forty bytes here', now());
                    """);
            List<String> connection = List.of("-h", server.getHost(), "-p", Integer.toString(server.getPort()),
                    "-U", appDatabase.user());
            run(concat(List.of(pgbench(), "-i", "-q", "-s", "1"), connection, List.of(name)), 300);
            String output = run(concat(List.of(pgbench(), "-n", "-c", Integer.toString(clients), "-j", "2",
                    "-T", Integer.toString(seconds), "-f", script.toString()), connection, List.of(name)),
                    seconds + 120);
            Files.deleteIfExists(script);
            Matcher tps = TPS.matcher(output);
            if (!tps.find()) {
                throw new IllegalStateException("pgbench printed no TPS:\n" + output);
            }
            return new Result(Double.parseDouble(tps.group(1)), clients);
        } finally {
            try (Connection c = DriverManager.getConnection(admin, appDatabase.user(), "");
                 Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static int spareConnections(Statement s) throws SQLException {
        try (ResultSet max = s.executeQuery("select setting::int from pg_settings where name = 'max_connections'")) {
            max.next();
            int limit = max.getInt(1);
            try (ResultSet used = s.executeQuery("select count(*) from pg_stat_activity")) {
                used.next();
                return limit - used.getInt(1) - APP_POOL_AND_MARGIN;
            }
        }
    }

    private static String pgbench() {
        Path packaged = Path.of("/usr/lib/postgresql/15/bin/pgbench");
        return Files.isExecutable(packaged) ? packaged.toString() : "pgbench";
    }

    private static String run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                    + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private static byte[] randomBytes() {
        byte[] random = new byte[5];
        ThreadLocalRandom.current().nextBytes(random);
        return random;
    }
}
