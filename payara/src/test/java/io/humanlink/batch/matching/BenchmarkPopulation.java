package io.humanlink.batch.matching;

import io.humanlink.matching.CommunicationStyle;
import io.humanlink.matching.FriendPool;
import io.humanlink.matching.MatchFacts;
import io.humanlink.matching.Seeker;
import io.humanlink.matching.TraitScores;
import io.humanlink.matching.WeekMask;
import io.humanlink.profile.SessionType;
import io.humanlink.profile.WeeklySlot;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A reproducible synthetic population (seeded random): seekers and Friends with languages, interests, styles,
 * session types, traits and weekly availability across time zones. It is written to PostgreSQL with COPY (the job's
 * input) and turned into in-memory {@link MatchFacts} (the bare loop's input) from the very same values.
 *
 * <p>Friends start with a rating history (0–300 ratings, averages 3.5–5). {@link #liveADay} then changes the population
 * as a busy day on the platform would, in the database and in memory alike: new ratings after sessions, people who
 * answer the questionnaire again, Friends who stop taking new people.
 */
final class BenchmarkPopulation {

    static final long FIRST_ID = 50_000_000L;
    private static final String[] ZONES = {"Europe/London", "Europe/Berlin", "America/New_York",
            "America/Los_Angeles", "Asia/Singapore", "Australia/Sydney", "America/Sao_Paulo", "Asia/Kolkata"};
    // Language draws lean on the first codes of the vocabulary (en, de, fr, es, ...), like a real user base.
    private static final int POPULAR_LANGUAGES = 8;

    record Person(long id, String name, String zone, List<Integer> languages, List<Integer> interests,
                  CommunicationStyle style, Set<SessionType> types, double[] traits, List<WeeklySlot> slots) {
    }

    private final List<String> interestCodes;
    private final List<String> languageCodes;
    final List<Person> seekers = new ArrayList<>();
    final List<Person> friends = new ArrayList<>();
    private final int[] ratingCount;
    private final int[] ratingSum;
    private final boolean[] accepting;

    BenchmarkPopulation(int seekerCount, int friendCount, long seed) {
        JsonObject questionnaire = questionnaire();
        interestCodes = codes(questionnaire, "interests");
        languageCodes = codes(questionnaire, "languages");
        Random random = new Random(seed);
        ratingCount = new int[friendCount];
        ratingSum = new int[friendCount];
        accepting = new boolean[friendCount];
        for (int i = 0; i < friendCount; i++) {
            friends.add(person(FIRST_ID + i, "Friend " + i, random));
            ratingCount[i] = random.nextInt(301);
            ratingSum[i] = (int) Math.round(ratingCount[i] * (3.5 + 1.5 * random.nextDouble()));
            accepting[i] = true;
        }
        for (int i = 0; i < seekerCount; i++) {
            seekers.add(person(FIRST_ID + friendCount + i, "Seeker " + i, random));
        }
    }

    private Person person(long id, String name, Random random) {
        List<Integer> languages = new ArrayList<>(List.of(random.nextInt(3) == 0 ? 0 : random.nextInt(POPULAR_LANGUAGES)));
        if (random.nextBoolean()) {
            int second = random.nextInt(languageCodes.size());
            if (!languages.contains(second)) {
                languages.add(second);
            }
        }
        List<Integer> interests = new ArrayList<>();
        int wanted = 3 + random.nextInt(4);
        while (interests.size() < wanted) {
            int pick = random.nextInt(interestCodes.size());
            if (!interests.contains(pick)) {
                interests.add(pick);
            }
        }
        Set<SessionType> types = random.nextInt(4) == 0 ? Set.of(SessionType.TEXT)
                : Set.of(SessionType.TEXT, random.nextBoolean() ? SessionType.VOICE : SessionType.VIDEO);
        double[] traits = new double[5];
        for (int t = 0; t < 5; t++) {
            traits[t] = Math.round(random.nextDouble() * 16) / 16.0;
        }
        List<WeeklySlot> slots = new ArrayList<>();
        int windows = 2 + random.nextInt(4);
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.values()));
        for (int w = 0; w < windows; w++) {
            DayOfWeek day = days.remove(random.nextInt(days.size()));
            int start = 8 + random.nextInt(12);
            slots.add(new WeeklySlot(day, LocalTime.of(start, 0), LocalTime.of(start + 2 + random.nextInt(3), 0)));
        }
        return new Person(id, name, ZONES[random.nextInt(ZONES.length)], languages, interests,
                CommunicationStyle.values()[random.nextInt(3)], types, traits, slots);
    }

    /** Writes users, roles, personality and Friend profiles and availability rules with COPY. */
    void writeTo(String jdbcUrl, String user) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder users = new StringBuilder();
            StringBuilder roles = new StringBuilder();
            StringBuilder personalities = new StringBuilder();
            StringBuilder friendProfiles = new StringBuilder();
            StringBuilder rules = new StringBuilder();
            String now = Instant.now().toString();
            long ruleId = FIRST_ID;
            for (Person p : all()) {
                users.append(p.id()).append('\t').append(UUID.randomUUID()).append('\t').append("bench-").append(p.id())
                        .append("@bench.test\t").append(p.name()).append("\t\\N\t").append(p.zone())
                        .append("\ten\t\\N\tACTIVE\t").append(now).append("\t\\N\t").append(now).append('\t')
                        .append(now).append("\t0\n");
                roles.append(p.id()).append("\tUSER\n");
                personalities.append(p.id()).append("\t2026-1\t{}\t").append(p.traits()[0]).append('\t')
                        .append(p.traits()[1]).append('\t').append(p.traits()[2]).append('\t').append(p.traits()[3])
                        .append('\t').append(p.traits()[4]).append('\t').append(csv(p.interests(), interestCodes))
                        .append('\t').append(p.style().name()).append('\t').append(csv(p.languages(), languageCodes))
                        .append('\t').append(types(p)).append('\t').append(slotsJson(p.slots())).append('\t')
                        .append(p.zone()).append('\t').append(now).append('\n');
            }
            for (int i = 0; i < friends.size(); i++) {
                Person f = friends.get(i);
                roles.append(f.id()).append("\tFRIEND\n");
                friendProfiles.append(f.id()).append("\tBenchmark Friend\t").append(csv(f.languages(), languageCodes))
                        .append('\t').append(csv(f.interests(), interestCodes)).append('\t').append(types(f))
                        .append("\tSTANDARD\t").append(accepting[i]).append("\t4\t").append(f.zone()).append('\t')
                        .append(ratingCount[i]).append('\t').append(ratingSum[i]).append('\t').append(now)
                        .append("\t0\n");
                for (WeeklySlot slot : f.slots()) {
                    rules.append(ruleId++).append('\t').append(f.id()).append('\t').append(slot.day()).append('\t')
                            .append(slot.from()).append('\t').append(slot.to()).append('\n');
                }
            }
            copy.copyIn("copy users (id, public_id, email, display_name, password_hash, time_zone, locale, bio,"
                    + " status, email_verified_at, suspended_reason, created_at, updated_at, version) from stdin",
                    new StringReader(users.toString()));
            copy.copyIn("copy user_roles (user_id, role) from stdin", new StringReader(roles.toString()));
            copy.copyIn("copy personality_profiles (user_id, questionnaire_version, answers, trait_openness,"
                    + " trait_conscientiousness, trait_extraversion, trait_agreeableness, trait_neuroticism,"
                    + " interests, communication_style, languages, session_types, availability, time_zone,"
                    + " updated_at) from stdin", new StringReader(personalities.toString()));
            copy.copyIn("copy friend_profiles (user_id, bio, languages, interests, session_types, price_tier,"
                    + " accepting_new, max_sessions_per_day, time_zone, rating_count, rating_sum, updated_at,"
                    + " version) from stdin", new StringReader(friendProfiles.toString()));
            copy.copyIn("copy availability_rules (id, friend_id, day_of_week, start_time, end_time) from stdin",
                    new StringReader(rules.toString()));
            try (var statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
    }

    /** What changed in a day, as {@link #liveADay} made it. */
    record Day(int ratings, int ratedFriends, int reanswered, int paused) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d new ratings of %,d Friends, %,d seekers answered again,"
                    + " %,d Friends stopped taking new people", ratings, ratedFriends, reanswered, paused);
        }
    }

    /**
     * A day on the platform, in the database and in this population: {@code ratings} sessions were rated (random
     * Friends, mostly 4–5 stars), {@code reanswered} random seekers answered the questionnaire again (new answers
     * throughout), and {@code paused} random Friends stopped taking new people.
     */
    Day liveADay(String jdbcUrl, String user, long seed, int ratings, int reanswered, int paused) throws SQLException {
        Random random = new Random(seed);
        Set<Integer> rated = new HashSet<>();
        for (int r = 0; r < ratings; r++) {
            int friend = random.nextInt(friends.size());
            rated.add(friend);
            ratingCount[friend]++;
            ratingSum[friend] += random.nextInt(10) < 7 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
        }
        Set<Integer> answered = new HashSet<>();
        while (answered.size() < Math.min(reanswered, seekers.size())) {
            int seeker = random.nextInt(seekers.size());
            if (answered.add(seeker)) {
                Person before = seekers.get(seeker);
                seekers.set(seeker, person(before.id(), before.name(), random));
            }
        }
        Set<Integer> pausedFriends = new HashSet<>();
        while (pausedFriends.size() < Math.min(paused, friends.size())) {
            int friend = random.nextInt(friends.size());
            if (accepting[friend] && pausedFriends.add(friend)) {
                accepting[friend] = false;
            }
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("update friend_profiles set rating_count = ?,"
                    + " rating_sum = ?, accepting_new = ? where user_id = ?")) {
                Set<Integer> changed = new HashSet<>(rated);
                changed.addAll(pausedFriends);
                for (int friend : changed) {
                    update.setInt(1, ratingCount[friend]);
                    update.setInt(2, ratingSum[friend]);
                    update.setBoolean(3, accepting[friend]);
                    update.setLong(4, friends.get(friend).id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            try (PreparedStatement update = connection.prepareStatement("update personality_profiles set"
                    + " trait_openness = ?, trait_conscientiousness = ?, trait_extraversion = ?, trait_agreeableness = ?,"
                    + " trait_neuroticism = ?, interests = ?, communication_style = ?, languages = ?, session_types = ?,"
                    + " availability = ?, time_zone = ?, updated_at = now() where user_id = ?")) {
                for (int seeker : answered) {
                    Person p = seekers.get(seeker);
                    for (int t = 0; t < 5; t++) {
                        update.setDouble(t + 1, p.traits()[t]);
                    }
                    update.setString(6, csv(p.interests(), interestCodes));
                    update.setString(7, p.style().name());
                    update.setString(8, csv(p.languages(), languageCodes));
                    update.setString(9, types(p));
                    update.setString(10, slotsJson(p.slots()));
                    update.setString(11, p.zone());
                    update.setLong(12, p.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            connection.commit();
        }
        return new Day(ratings, rated.size(), answered.size(), pausedFriends.size());
    }

    /** The same population as the job sees it, for the bare loop. */
    FriendPool friendPool(Instant reference) {
        List<MatchFacts> facts = new ArrayList<>();
        for (int i = 0; i < friends.size(); i++) {
            facts.add(facts(friends.get(i), reference, accepting[i], ratingCount[i], ratingSum[i]));
        }
        return FriendPool.of(facts, reference);
    }

    /**
     * Everyone who answered the questionnaire, as the job reads them: the seekers and the Friends, who answer it too
     * (and are proposed Friends like anyone else), in id order.
     */
    List<Seeker> everyoneWhoAnswered(Instant reference) {
        return all().stream().map(p -> new Seeker(facts(p, reference, false, 0, 0), Set.of())).toList();
    }

    private MatchFacts facts(Person p, Instant reference, boolean accepting, int ratingCount, int ratingSum) {
        long interests = 0;
        for (int i : p.interests()) {
            interests |= 1L << i;
        }
        long languages = 0;
        for (int l : p.languages()) {
            languages |= 1L << l;
        }
        int types = 0;
        for (SessionType t : p.types()) {
            types |= t.bit();
        }
        ZoneId zone = ZoneId.of(p.zone());
        double[] t = p.traits();
        return MatchFacts.of(p.id(), p.name(), zone, interests, languages, types, p.style(),
                new TraitScores(t[0], t[1], t[2], t[3], t[4]), true, WeekMask.of(p.slots(), zone, reference),
                ratingCount, ratingSum, accepting, 0);
    }

    private List<Person> all() {
        List<Person> everyone = new ArrayList<>(friends);
        everyone.addAll(seekers);
        return everyone;
    }

    private static String csv(List<Integer> indexes, List<String> codes) {
        return indexes.stream().map(codes::get).sorted().collect(Collectors.joining(","));
    }

    private static String types(Person p) {
        return p.types().stream().map(SessionType::code).sorted().collect(Collectors.joining(","));
    }

    private static String slotsJson(List<WeeklySlot> slots) {
        return slots.stream().map(s -> String.format(Locale.ROOT, "{\"day\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}",
                s.day(), s.from(), s.to())).collect(Collectors.joining(",", "[", "]"));
    }

    private static JsonObject questionnaire() {
        try (InputStream in = BenchmarkPopulation.class.getResourceAsStream("/matching/questionnaire.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("matching/questionnaire.json not on the test class path", e);
        }
    }

    private static List<String> codes(JsonObject questionnaire, String vocabulary) {
        return questionnaire.getJsonObject(vocabulary).getJsonArray("options").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("code")).toList();
    }
}
