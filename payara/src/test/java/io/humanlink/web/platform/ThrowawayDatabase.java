package io.humanlink.web.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL database made for one test run and dropped after it, on the local server (trust authentication).
 * System properties {@code humanlink.it.pg.host}/{@code .port}/{@code .user} override 127.0.0.1:5432/postgres.
 * Environment variable {@code HUMANLINK_IT_KEEP_DATABASE=true} keeps it (named in the log), to look at it with psql
 * after a benchmark.
 */
public final class ThrowawayDatabase implements AutoCloseable {

    private static final String HOST = System.getProperty("humanlink.it.pg.host", "127.0.0.1");
    private static final String PORT = System.getProperty("humanlink.it.pg.port", "5432");
    private static final String USER = System.getProperty("humanlink.it.pg.user", "postgres");

    private final String name;

    private ThrowawayDatabase(String name) {
        this.name = name;
    }

    public static ThrowawayDatabase create() {
        byte[] random = new byte[5];
        ThreadLocalRandom.current().nextBytes(random);
        String name = "humanlink_it_" + HexFormat.of().formatHex(random);
        execute("create database " + name);
        return new ThrowawayDatabase(name);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    public String user() {
        return USER;
    }

    /** Drops the database even if the app left connections open. */
    @Override
    public void close() {
        if ("true".equals(System.getenv("HUMANLINK_IT_KEEP_DATABASE"))) {
            System.out.println("kept database " + name + " (HUMANLINK_IT_KEEP_DATABASE=true)");
            return;
        }
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " refused: " + sql, e);
        }
    }
}
