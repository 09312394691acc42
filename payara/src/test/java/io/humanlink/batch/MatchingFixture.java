package io.humanlink.batch;

import io.humanlink.matching.ProposalSetCodec;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.ThrowawayDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Seeds seekers and Friends straight into the throwaway database with JDBC — hundreds in a second, where the API
 * would take minutes — and reads back what the jobs wrote. Ids come from a high range the caller chooses (the app's
 * sequences hand out small ids), so every test owns a range and removes it afterwards with {@link #deleteUsers}.
 * Sessions and feedback of seeded people take their ids from the app's sequences and go with their users.
 *
 * <p>The data is what the app itself would store: sorted comma-separated codes from the questionnaire
 * ({@code matching/questionnaire.json}), weekly slots as {@code [{"day":"MONDAY","from":"18:00","to":"21:00"}]},
 * Mini-IPIP answers with traits in [0, 1] derived from them. Friends speak English plus a second language, all offer
 * text and are free every day 08:00–22:00 in their zone; "eligible" seekers speak English, want text (and maybe
 * more) and are free some evenings, so every seeded Friend who accepts people is eligible for each of them;
 * "unmatchable" seekers speak only Vietnamese, which no seeded Friend speaks.
 */
public final class MatchingFixture {

    public static final List<String> INTERESTS = List.of("music", "books", "movies", "travel", "cooking", "sports",
            "hiking", "art", "science", "history", "pets", "coffee", "podcasts", "philosophy");
    private static final List<String> SECOND_LANGUAGES = List.of("de", "fr", "es", "pt", "it");
    private static final List<String> SEEKER_ZONES = List.of("Europe/Berlin", "Europe/Lisbon", "Europe/London", "UTC");
    private static final List<String> FRIEND_ZONES = List.of("UTC", "Europe/Berlin");
    private static final List<String> STYLES = List.of("listener", "talker", "balanced");
    private static final List<String> SEEKER_SESSION_TYPES = List.of("text", "text,video", "text,voice",
            "text,video,voice");
    private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");
    /** Mini-IPIP items (id, trait index O,C,E,A,N, reverse-keyed) as in the questionnaire. */
    private static final String[][] ITEMS = {
            {"E1", "2", "n"}, {"A1", "3", "n"}, {"C1", "1", "n"}, {"N1", "4", "n"}, {"O1", "0", "n"},
            {"E2", "2", "r"}, {"A2", "3", "r"}, {"C2", "1", "r"}, {"N2", "4", "r"}, {"O2", "0", "r"},
            {"E3", "2", "n"}, {"A3", "3", "n"}, {"C3", "1", "n"}, {"N3", "4", "n"}, {"O3", "0", "r"},
            {"E4", "2", "r"}, {"A4", "3", "r"}, {"C4", "1", "r"}, {"N4", "4", "r"}, {"O4", "0", "r"}};

    private final ThrowawayDatabase database;

    public MatchingFixture(AppUnderTest app) {
        this.database = app.database();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), null);
    }

    /** {@code count} seekers with ids {@code firstId, firstId+1, ...} who each have eligible seeded Friends. */
    public List<Long> addSeekers(long firstId, int count, long seed) {
        return insertSeekers(firstId, count, new Random(seed), false);
    }

    /** {@code count} seekers no seeded Friend can take: they speak only Vietnamese. */
    public List<Long> addUnmatchableSeekers(long firstId, int count, long seed) {
        return insertSeekers(firstId, count, new Random(seed), true);
    }

    /** {@code count} approved Friends (roles USER, FRIEND), accepting new people, free every day 08:00–22:00. */
    public List<Long> addFriends(long firstId, int count, long seed) {
        Random random = new Random(seed);
        List<Long> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect();
             PreparedStatement users = c.prepareStatement(INSERT_USER);
             PreparedStatement roles = c.prepareStatement("insert into user_roles (user_id, role) values (?, ?)");
             PreparedStatement profiles = c.prepareStatement("""
                     insert into friend_profiles (user_id, bio, languages, interests, session_types, price_tier,
                         accepting_new, max_sessions_per_day, time_zone, rating_count, rating_sum, updated_at, version)
                     values (?, ?, ?, ?, ?, ?, true, 4, ?, ?, ?, ?, 0)""");
             PreparedStatement rules = c.prepareStatement("""
                     insert into availability_rules (id, friend_id, day_of_week, start_time, end_time)
                     values (?, ?, ?, time '08:00', time '22:00')""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                String zone = FRIEND_ZONES.get(random.nextInt(FRIEND_ZONES.size()));
                addUser(users, id, "Friend " + id, zone, now);
                addRole(roles, id, "USER");
                addRole(roles, id, "FRIEND");
                int ratings = random.nextInt(21);
                profiles.setLong(1, id);
                profiles.setString(2, "Friend " + id + ": a patient listener and a good storyteller.");
                profiles.setString(3, codes(List.of("en",
                        SECOND_LANGUAGES.get(random.nextInt(SECOND_LANGUAGES.size())))));
                profiles.setString(4, codes(pick(INTERESTS, 2 + random.nextInt(4), random)));
                profiles.setString(5, random.nextInt(5) == 0 ? "text,video" : "text,video,voice");
                profiles.setString(6, random.nextBoolean() ? "STANDARD" : "PREMIUM");
                profiles.setString(7, zone);
                profiles.setInt(8, ratings);
                profiles.setInt(9, ratings * (3 + random.nextInt(3)));
                profiles.setTimestamp(10, now);
                profiles.addBatch();
                for (int d = 0; d < DAYS.size(); d++) {
                    rules.setLong(1, id * 10 + d);
                    rules.setLong(2, id);
                    rules.setString(3, DAYS.get(d));
                    rules.addBatch();
                }
                ids.add(id);
            }
            users.executeBatch();
            roles.executeBatch();
            profiles.executeBatch();
            rules.executeBatch();
            c.commit();
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed Friends from id " + firstId, e);
        }
    }

    /** Inserts a match as the app would have stored it (breakdown and reasons are placeholders). */
    public long addMatch(long userId, long friendId, String status, Instant createdAt, Instant decidedAt) {
        long id = userId * 100 + Math.floorMod(friendId, 100);
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                insert into matches (id, public_id, user_id, friend_id, status, score, rank_position, breakdown,
                    reasons, source, proposed_on, created_at, decided_at, ended_at, reason, version)
                values (?, ?, ?, ?, ?, 50.0, 1, '{"total":50.0,"components":[]}', '[]', 'NIGHTLY', ?, ?, ?, null,
                        null, 0)""")) {
            s.setLong(1, id);
            s.setString(2, UUID.randomUUID().toString());
            s.setLong(3, userId);
            s.setLong(4, friendId);
            s.setString(5, status);
            s.setObject(6, LocalDate.ofInstant(createdAt, ZoneOffset.UTC));
            s.setTimestamp(7, Timestamp.from(createdAt));
            s.setTimestamp(8, decidedAt == null ? null : Timestamp.from(decidedAt));
            s.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert a match of " + userId, e);
        }
    }

    /**
     * Inserts a TEXT session of an hour between a user and a Friend (both in UTC), with the conversation every session
     * has, as booking would have stored it; ids come from the app's own sequences (a whole block each), so they never
     * collide with the app's. {@link #deleteUsers} removes both again.
     *
     * @param status SCHEDULED, LIVE, COMPLETED, CANCELLED or NO_SHOW; two SCHEDULED or LIVE sessions of one person
     *               must not overlap (an exclusion constraint)
     */
    public long addSession(long userId, long friendId, String status, Instant startsAt) {
        Instant endsAt = startsAt.plus(Duration.ofHours(1));
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect();
             PreparedStatement conversation = c.prepareStatement(
                     "insert into conversations (id, public_id, kind, created_at, last_activity_at)"
                             + " values (?, ?, 'SESSION', ?, ?)");
             PreparedStatement session = c.prepareStatement("""
                     insert into chat_sessions (id, public_id, user_id, friend_id, session_type, status, starts_at,
                         ends_at, busy_until, duration_minutes, user_time_zone, friend_time_zone, conversation_id,
                         late_cancellation, reschedule_count, created_at, updated_at, version)
                     values (?, ?, ?, ?, 'TEXT', ?, ?, ?, ?, 60, 'UTC', 'UTC', ?, false, 0, ?, ?, 0)""")) {
            c.setAutoCommit(false);
            long conversationId = nextId(c, "conversations_seq");
            conversation.setLong(1, conversationId);
            conversation.setString(2, UUID.randomUUID().toString());
            conversation.setTimestamp(3, now);
            conversation.setTimestamp(4, now);
            conversation.executeUpdate();
            long id = nextId(c, "chat_sessions_seq");
            session.setLong(1, id);
            session.setString(2, UUID.randomUUID().toString());
            session.setLong(3, userId);
            session.setLong(4, friendId);
            session.setString(5, status);
            session.setTimestamp(6, Timestamp.from(startsAt));
            session.setTimestamp(7, Timestamp.from(endsAt));
            session.setTimestamp(8, Timestamp.from(endsAt.plus(Duration.ofMinutes(10))));
            session.setLong(9, conversationId);
            session.setTimestamp(10, now);
            session.setTimestamp(11, now);
            session.executeUpdate();
            c.commit();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert a session of " + userId + " with " + friendId, e);
        }
    }

    /**
     * Inserts the user's feedback on a session with their Friend (author role USER, the Friend the subject), as
     * FeedbackService would store it — without its side effects (rating aggregate, quality signals, exclusions).
     *
     * @param seeAgain PRIORITISE, SURE or NEVER
     */
    public long addUserFeedback(long sessionId, int rating, String seeAgain, Instant createdAt) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                insert into feedback (id, session_id, author_id, subject_id, author_role, rating, comment, see_again,
                    created_at)
                select ?, id, user_id, friend_id, 'USER', ?, null, ?, ? from chat_sessions where id = ?""")) {
            long id = nextId(c, "feedback_seq");
            s.setLong(1, id);
            s.setInt(2, rating);
            s.setString(3, seeAgain);
            s.setTimestamp(4, Timestamp.from(createdAt));
            s.setLong(5, sessionId);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no session " + sessionId);
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert feedback on session " + sessionId, e);
        }
    }

    public void execute(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public String publicId(long userId) {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("select public_id from users where id = ?")) {
            s.setLong(1, userId);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no user " + userId);
                }
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read user " + userId, e);
        }
    }

    /** Every match (any status) of these users, in user, rank order. */
    public List<MatchRow> matchesOf(Collection<Long> userIds) {
        List<MatchRow> rows = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                select id, user_id, friend_id, status, rank_position, score, source, proposed_on, created_at,
                       ended_at, reason
                from matches where user_id = any (?) order by user_id, status, rank_position, id""")) {
            s.setArray(1, ids(c, userIds));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp ended = r.getTimestamp(10);
                    rows.add(new MatchRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getInt(5),
                            r.getDouble(6), r.getString(7), r.getObject(8, LocalDate.class),
                            r.getTimestamp(9).toInstant(), ended == null ? null : ended.toInstant(),
                            r.getString(11)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read matches", e);
        }
    }

    /** The PROPOSED matches of these users, per user. */
    public Map<Long, List<MatchRow>> proposalsByUser(Collection<Long> userIds) {
        Map<Long, List<MatchRow>> byUser = new LinkedHashMap<>();
        for (MatchRow row : matchesOf(userIds)) {
            if (row.status().equals("PROPOSED")) {
                byUser.computeIfAbsent(row.userId(), id -> new ArrayList<>()).add(row);
            }
        }
        return byUser;
    }

    /**
     * The nightly job's pending proposals of these users (their {@code proposal_sets} rows, decoded as the app does),
     * per user with at least one, in rank order.
     */
    public Map<Long, List<SetProposal>> nightlyProposals(Collection<Long> userIds) {
        Map<Long, List<SetProposal>> byUser = new LinkedHashMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                select user_id, source, proposed_on, created_at, proposals from proposal_sets
                where user_id = any (?) order by user_id""")) {
            s.setArray(1, ids(c, userIds));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long user = r.getLong(1);
                    long[] ranking = ProposalSetCodec.ranking(r.getString(5));
                    for (int rank = 1; rank <= ranking.length; rank++) {
                        byUser.computeIfAbsent(user, id -> new ArrayList<>()).add(new SetProposal(user,
                                ranking[rank - 1], rank, r.getString(2), r.getObject(3, LocalDate.class),
                                r.getTimestamp(4).toInstant()));
                    }
                }
            }
            return byUser;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read proposal sets", e);
        }
    }

    /** How many of these users have a pending nightly proposal set. */
    public int usersWithProposalSets(Collection<Long> userIds) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from proposal_sets where user_id = any (?)")) {
            s.setArray(1, ids(c, userIds));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count proposal sets", e);
        }
    }

    /**
     * Gives a seeded user the password of an account signed up through the API, so a test can log in as them
     * ({@code seed-<id>@example.test}).
     */
    public String canLogIn(long userId, String signedUpEmail) {
        execute("update users set password_hash = (select password_hash from users where email = ?) where id = ?",
                signedUpEmail, userId);
        return "seed-" + userId + "@example.test";
    }

    /** Per user, how many NEW_MATCH notifications are queued for {@code day}. */
    public Map<Long, Integer> newMatchNotifications(Collection<Long> userIds, LocalDate day) {
        Map<Long, Integer> counts = new HashMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                select user_id, count(*) from notifications_outbox
                where kind = 'NEW_MATCH' and user_id = any (?) and dedupe_key = 'new-match:' || user_id || ':' || ?
                group by user_id""")) {
            s.setArray(1, ids(c, userIds));
            s.setString(2, day.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getLong(1), r.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read notifications", e);
        }
    }

    /**
     * Removes the users with ids in [from, to] and, by cascade, everything of theirs (profiles, matches, sessions,
     * feedback, ...), their notifications (the outbox keeps user ids without a foreign key), then the conversations of
     * their sessions, which belong to no user.
     */
    public void deleteUsers(long from, long to) {
        try (Connection c = connect();
             PreparedStatement conversations = c.prepareStatement("select conversation_id from chat_sessions"
                     + " where user_id between ? and ? or friend_id between ? and ?");
             PreparedStatement notifications = c.prepareStatement(
                     "delete from notifications_outbox where user_id between ? and ?");
             PreparedStatement users = c.prepareStatement("delete from users where id between ? and ?");
             PreparedStatement orphans = c.prepareStatement("delete from conversations where id = any (?)")) {
            c.setAutoCommit(false);
            for (int i = 1; i <= 4; i++) {
                conversations.setLong(i, i % 2 == 1 ? from : to);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet row = conversations.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
            notifications.setLong(1, from);
            notifications.setLong(2, to);
            notifications.executeUpdate();
            users.setLong(1, from);
            users.setLong(2, to);
            users.executeUpdate();
            orphans.setArray(1, ids(c, ids));
            orphans.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete users " + from + " to " + to, e);
        }
    }

    /** A row of {@code matches}. */
    public record MatchRow(long id, long userId, long friendId, String status, int rank, double score, String source,
                           LocalDate proposedOn, Instant createdAt, Instant endedAt, String reason) {

        /** What a proposal is, independent of when and as which row it was written. */
        public String key() {
            return userId + "->" + friendId + "#" + rank + "@" + score;
        }
    }

    /** A Friend in a user's pending nightly proposal set, at their rank in it. */
    public record SetProposal(long userId, long friendId, int rank, String source, LocalDate proposedOn,
                              Instant createdAt) {

        /** What a proposal is, independent of when it was written. */
        public String key() {
            return userId + "->" + friendId + "#" + rank;
        }
    }

    private static final String INSERT_USER = """
            insert into users (id, public_id, email, display_name, password_hash, time_zone, locale, bio, status,
                email_verified_at, suspended_reason, created_at, updated_at, version)
            values (?, ?, ?, ?, null, ?, 'en', null, 'ACTIVE', ?, null, ?, ?, 0)""";

    private List<Long> insertSeekers(long firstId, int count, Random random, boolean unmatchable) {
        List<Long> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect();
             PreparedStatement users = c.prepareStatement(INSERT_USER);
             PreparedStatement roles = c.prepareStatement("insert into user_roles (user_id, role) values (?, ?)");
             PreparedStatement profiles = c.prepareStatement("""
                     insert into personality_profiles (user_id, questionnaire_version, answers, trait_openness,
                         trait_conscientiousness, trait_extraversion, trait_agreeableness, trait_neuroticism,
                         interests, communication_style, languages, session_types, availability, time_zone,
                         updated_at)
                     values (?, '2026-1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                String zone = SEEKER_ZONES.get(random.nextInt(SEEKER_ZONES.size()));
                addUser(users, id, "Seeker " + id, zone, now);
                addRole(roles, id, "USER");
                int[] answers = new int[ITEMS.length];
                for (int a = 0; a < answers.length; a++) {
                    answers[a] = 1 + random.nextInt(5);
                }
                double[] traits = traits(answers);
                profiles.setLong(1, id);
                profiles.setString(2, answersJson(answers));
                for (int t = 0; t < 5; t++) {
                    profiles.setDouble(3 + t, traits[t]);
                }
                profiles.setString(8, codes(pick(INTERESTS, 1 + random.nextInt(4), random)));
                profiles.setString(9, STYLES.get(random.nextInt(STYLES.size())));
                profiles.setString(10, unmatchable ? "vi"
                        : random.nextBoolean() ? "en" : codes(List.of("en", SECOND_LANGUAGES.get(random.nextInt(5)))));
                profiles.setString(11, SEEKER_SESSION_TYPES.get(random.nextInt(SEEKER_SESSION_TYPES.size())));
                profiles.setString(12, eveningsJson(pick(DAYS, 1 + random.nextInt(3), random)));
                profiles.setString(13, zone);
                profiles.setTimestamp(14, now);
                profiles.addBatch();
                ids.add(id);
            }
            users.executeBatch();
            roles.executeBatch();
            profiles.executeBatch();
            c.commit();
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot seed seekers from id " + firstId, e);
        }
    }

    private static void addUser(PreparedStatement users, long id, String name, String zone, Timestamp now)
            throws SQLException {
        users.setLong(1, id);
        users.setString(2, UUID.randomUUID().toString());
        users.setString(3, "seed-" + id + "@example.test");
        users.setString(4, name);
        users.setString(5, zone);
        users.setTimestamp(6, now);
        users.setTimestamp(7, now);
        users.setTimestamp(8, now);
        users.addBatch();
    }

    private static void addRole(PreparedStatement roles, long id, String role) throws SQLException {
        roles.setLong(1, id);
        roles.setString(2, role);
        roles.addBatch();
    }

    /** Mean item score per trait (reverse-keyed items flipped), scaled from 1..5 to 0..1: O, C, E, A, N. */
    private static double[] traits(int[] answers) {
        double[] sum = new double[5];
        int[] n = new int[5];
        for (int i = 0; i < ITEMS.length; i++) {
            int trait = Integer.parseInt(ITEMS[i][1]);
            sum[trait] += ITEMS[i][2].equals("r") ? 6 - answers[i] : answers[i];
            n[trait]++;
        }
        double[] traits = new double[5];
        for (int t = 0; t < 5; t++) {
            traits[t] = Math.round((sum[t] / n[t] - 1) / 4 * 1000) / 1000.0;
        }
        return traits;
    }

    private static String answersJson(int[] answers) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        for (int i = 0; i < ITEMS.length; i++) {
            json.add("\"" + ITEMS[i][0] + "\":" + answers[i]);
        }
        return json.toString();
    }

    private static String eveningsJson(List<String> days) {
        StringJoiner json = new StringJoiner(",", "[", "]");
        for (String day : DAYS) {
            if (days.contains(day)) {
                json.add("{\"day\":\"" + day + "\",\"from\":\"18:00\",\"to\":\"21:00\"}");
            }
        }
        return json.toString();
    }

    private static List<String> pick(List<String> from, int count, Random random) {
        List<String> pool = new ArrayList<>(from);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    private static String codes(Collection<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }

    /** A fresh id from one of the app's sequences: the top of a block of 50 the app will never hand out. */
    private static long nextId(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval('" + sequence + "')");
             ResultSet row = s.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Array ids(Connection c, Collection<Long> userIds) throws SQLException {
        return c.createArrayOf("bigint", userIds.toArray(Long[]::new));
    }

    /** How long ago, as an instant: {@code ago(Duration.ofDays(20))}. */
    public static Instant ago(Duration duration) {
        return Instant.now().minus(duration);
    }
}
