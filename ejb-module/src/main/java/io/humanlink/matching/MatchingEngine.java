package io.humanlink.matching;

import io.humanlink.profile.WeeklySlot;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Computes proposals: loads the Friend pool and seekers with plain JDBC (the nightly job reads every profile; entity
 * loading would cost more than the scoring), filters and scores every pair, keeps the top K per seeker.
 */
@ApplicationScoped
public class MatchingEngine {

    private static final String FRIENDS = """
            select u.id as user_id, u.display_name, f.languages as friend_languages, f.interests as friend_interests,
                   f.session_types as friend_session_types, f.accepting_new, f.time_zone as friend_time_zone,
                   f.rating_count, f.rating_sum, p.communication_style, p.trait_openness, p.trait_conscientiousness,
                   p.trait_extraversion, p.trait_agreeableness, p.trait_neuroticism,
                   (select count(*) from matches m where m.friend_id = u.id and m.status = 'ACCEPTED') as active_matches
            from friend_profiles f
            join users u on u.id = f.user_id
            left join personality_profiles p on p.user_id = u.id
            where u.status = 'ACTIVE'
              and exists (select 1 from user_roles r where r.user_id = u.id and r.role = 'FRIEND')
              %s
            order by u.id""";

    // The id range is given for both tables: the database does not carry it across the join, and merge-joined users
    // would then be read from the lowest id on every page (the job's reads grew with the square of the seekers).
    private static final String SEEKERS = """
            select p.user_id, u.display_name, p.time_zone, p.availability, p.interests, p.languages, p.session_types,
                   p.communication_style, p.trait_openness, p.trait_conscientiousness, p.trait_extraversion,
                   p.trait_agreeableness, p.trait_neuroticism
            from personality_profiles p
            join users u on u.id = p.user_id
            where u.status = 'ACTIVE' and p.user_id > ? and p.user_id <= ? and u.id > ? and u.id <= ?
            order by p.user_id
            limit ?""";

    private static final String LATEST_PAIR_FEEDBACK = """
            select f.author_id, f.subject_id, f.rating, f.see_again
            from feedback f
            where f.author_id > ? and f.author_id <= ? and f.author_role = 'USER'
              and (f.see_again = 'PRIORITISE' or f.rating <= ?)
              and not exists (select 1 from feedback newer
                              where newer.author_id > ? and newer.author_id <= ?
                                and newer.author_id = f.author_id and newer.subject_id = f.subject_id
                                and newer.author_role = 'USER'
                                and (newer.created_at > f.created_at
                                     or (newer.created_at = f.created_at and newer.id > f.id)))""";

    private static final Comparator<Proposal> BEST_FIRST =
            Comparator.comparingDouble((Proposal p) -> p.breakdown().total()).reversed();

    @Resource(lookup = "jdbc/humanlink")
    DataSource dataSource;

    @Inject
    MatchFactsReader facts;

    @Inject
    MatchingSettings settings;

    /** Every active, approved Friend with a profile, with availability placed on the reference week. */
    public FriendPool loadFriendPool(Instant reference) {
        try (Connection connection = dataSource.getConnection()) {
            return FriendPool.of(friends(connection, List.of(), reference), reference);
        } catch (SQLException e) {
            throw MatchingStoreException.of("cannot load the Friend pool", e);
        }
    }

    /**
     * Those of these users who are active, approved Friends with a profile (as {@link #loadFriendPool} would have
     * them), by user id.
     */
    public Map<Long, MatchFacts> loadFriends(Collection<Long> userIds, Instant reference) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, MatchFacts> found = new HashMap<>();
            for (MatchFacts friend : friends(connection, List.copyOf(userIds), reference)) {
                found.put(friend.userId(), friend);
            }
            return found;
        } catch (SQLException e) {
            throw MatchingStoreException.of("cannot load Friends " + userIds, e);
        }
    }

    /** The Friends with these ids, or all of them when {@code only} is empty. */
    private List<MatchFacts> friends(Connection connection, List<Long> only, Instant reference) throws SQLException {
        Map<Long, List<WeeklySlot>> rules = availabilityRules(connection, only);
        List<MatchFacts> friends = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FRIENDS.formatted(
                only.isEmpty() ? "" : "and u.id in " + placeholders(only.size())))) {
            for (int i = 0; i < only.size(); i++) {
                statement.setLong(i + 1, only.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("user_id");
                    friends.add(facts.friend(row, rules.getOrDefault(id, List.of()), reference));
                }
            }
        }
        return friends;
    }

    /**
     * Lowest and highest user id with a questionnaire, or null when nobody has answered it yet. Both ends come from the
     * primary key's index; counting the rows (a scan of the whole table) took longer than the rest of a job's start.
     */
    public long[] seekerIdBounds() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select min(user_id), max(user_id) from personality_profiles");
             ResultSet row = statement.executeQuery()) {
            row.next();
            long lowest = row.getLong(1);
            return row.wasNull() ? null : new long[] {lowest, row.getLong(2)};
        } catch (SQLException e) {
            throw MatchingStoreException.of("cannot read seeker bounds", e);
        }
    }

    /**
     * Up to {@code limit} seekers with ids in (afterId, upToId], in id order, each with their exclusions and their
     * feedback on Friends that moves a score.
     */
    public List<Seeker> loadSeekers(long afterId, long upToId, int limit, Instant reference) {
        try (Connection connection = dataSource.getConnection()) {
            BulkStatements.planForCurrentData(connection);
            List<MatchFacts> found = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(SEEKERS)) {
                statement.setLong(1, afterId);
                statement.setLong(2, upToId);
                statement.setLong(3, afterId);
                statement.setLong(4, upToId);
                statement.setInt(5, limit);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        found.add(facts.seeker(row, reference));
                    }
                }
            }
            List<Long> ids = found.stream().map(MatchFacts::userId).toList();
            Map<Long, Set<Long>> excluded = exclusions(connection, ids, reference);
            Map<Long, Map<Long, PairFeedback>> feedback = pairFeedback(connection, ids);
            return found.stream()
                    .map(f -> new Seeker(f, excluded.getOrDefault(f.userId(), Set.of()),
                            feedback.getOrDefault(f.userId(), Map.of())))
                    .toList();
        } catch (SQLException e) {
            throw MatchingStoreException.of("cannot load seekers", e);
        }
    }

    public Seeker loadSeeker(long userId, Instant reference) {
        List<Seeker> one = loadSeekers(userId - 1, userId, 1, reference);
        return one.isEmpty() ? null : one.get(0);
    }

    /** The best {@code humanlink.matching.top-k} eligible Friends for the seeker, best first, explained. */
    public List<Proposal> proposalsFor(Seeker seeker, FriendPool pool) {
        int[] best = settings.ranker().rank(seeker, pool);
        List<Long> ranking = new ArrayList<>(best.length);
        Map<Long, MatchFacts> proposed = new HashMap<>();
        for (int index : best) {
            MatchFacts friend = pool.friends()[index];
            ranking.add(friend.userId());
            proposed.put(friend.userId(), friend);
        }
        return explained(seeker, ranking, proposed, pool.reference());
    }

    /**
     * The ids of the Friends {@link #proposalsFor} would propose, best first, without their numbers or words: what the
     * nightly job stores, one compact row per seeker.
     */
    public long[] rankingFor(Seeker seeker, FriendPool pool) {
        int[] best = settings.ranker().rank(seeker, pool);
        long[] ids = new long[best.length];
        for (int rank = 0; rank < best.length; rank++) {
            ids[rank] = pool.friends()[best[rank]].userId();
        }
        return ids;
    }

    /**
     * Proposals of these Friends to the seeker, each with its score, the score's parts and the reasons in words,
     * written from the seeker's and the Friends' facts; best first by that score (a ranking's order where scores are
     * equal), ranked 1..n. Friends missing from {@code friends} are left out.
     */
    public List<Proposal> explained(Seeker seeker, List<Long> ranking, Map<Long, MatchFacts> friends,
                                    Instant reference) {
        MatchScorer scorer = settings.scorer();
        List<Proposal> scored = new ArrayList<>(ranking.size());
        for (long friendId : ranking) {
            MatchFacts friend = friends.get(friendId);
            if (friend != null) {
                scored.add(new Proposal(friendId, 0, scorer.explain(seeker.facts(), friend,
                        seeker.feedbackOn(friendId), facts::interestLabel, reference)));
            }
        }
        scored.sort(BEST_FIRST);  // stable: equal scores keep the ranking's order
        List<Proposal> proposals = new ArrayList<>(scored.size());
        for (Proposal proposal : scored) {
            proposals.add(new Proposal(proposal.friendId(), proposals.size() + 1, proposal.breakdown()));
        }
        return proposals;
    }

    private static Map<Long, List<WeeklySlot>> availabilityRules(Connection connection, List<Long> only)
            throws SQLException {
        Map<Long, List<WeeklySlot>> rules = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select friend_id, day_of_week, start_time, end_time from availability_rules"
                        + (only.isEmpty() ? "" : " where friend_id in " + placeholders(only.size())))) {
            for (int i = 0; i < only.size(); i++) {
                statement.setLong(i + 1, only.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rules.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new WeeklySlot(
                            DayOfWeek.valueOf(row.getString(2)), row.getObject(3, LocalTime.class),
                            row.getObject(4, LocalTime.class)));
                }
            }
        }
        return rules;
    }

    /**
     * Per seeker, the Friends not to propose: "never again" and other exclusions, blocks in either direction, the
     * current Friend, and Friends of matches declined or ended within the re-match cool-down.
     *
     * <p>Seekers are loaded in id order, so their rows are fetched by the id range (firstId, lastId] and filtered here.
     * A range lets the database use its (user_id, ...) indexes even before it has statistics on a table that the job
     * itself is filling; a long IN list would then be planned as a full scan on every chunk.
     */
    private Map<Long, Set<Long>> exclusions(Connection connection, List<Long> seekerIds, Instant reference)
            throws SQLException {
        if (seekerIds.isEmpty()) {
            return Map.of();
        }
        long after = seekerIds.get(0) - 1;
        long upTo = seekerIds.get(seekerIds.size() - 1);
        Map<Long, Set<Long>> excluded = new HashMap<>();
        collectPairs(connection, "select user_id, friend_id from match_exclusions where user_id > ? and user_id <= ?",
                after, upTo, null, excluded);
        collectPairs(connection, "select blocker_id, blocked_id from user_blocks where blocker_id > ? and blocker_id <= ?",
                after, upTo, null, excluded);
        collectPairs(connection, "select blocked_id, blocker_id from user_blocks where blocked_id > ? and blocked_id <= ?",
                after, upTo, null, excluded);
        collectPairs(connection, "select user_id, friend_id from matches where user_id > ? and user_id <= ?"
                        + " and (status = 'ACCEPTED' or (status in ('DECLINED', 'ENDED')"
                        + " and coalesce(ended_at, decided_at) > ?))",
                after, upTo, Timestamp.from(reference.minus(settings.rematchCooldown())), excluded);
        excluded.keySet().retainAll(new HashSet<>(seekerIds));
        return excluded;
    }

    /**
     * Per seeker, by Friend, their latest feedback as a user on sessions with that Friend, kept only where it moves
     * the score (asked to prioritise, or rated low); a later, plainer feedback supersedes an earlier one, so the
     * latest is picked before the filter. Fetched by the seekers' id range like {@link #exclusions}, on the
     * (author_id, created_at) index; the range is repeated for the newer-feedback probe because the database does not
     * carry a range across a join, and without it could plan that probe as a scan of all feedback on every chunk.
     * "Latest" is by time, then id for feedback given in the same instant.
     */
    private static Map<Long, Map<Long, PairFeedback>> pairFeedback(Connection connection, List<Long> seekerIds)
            throws SQLException {
        if (seekerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, PairFeedback>> feedback = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(LATEST_PAIR_FEEDBACK)) {
            long after = seekerIds.get(0) - 1;
            long upTo = seekerIds.get(seekerIds.size() - 1);
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            statement.setInt(3, PairFeedback.LOW_RATING);
            statement.setLong(4, after);
            statement.setLong(5, upTo);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    feedback.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getLong(2),
                            new PairFeedback(row.getInt(3), "PRIORITISE".equals(row.getString(4))));
                }
            }
        }
        feedback.keySet().retainAll(new HashSet<>(seekerIds));
        return feedback;
    }

    private static void collectPairs(Connection connection, String sql, long after, long upTo, Timestamp since,
                                     Map<Long, Set<Long>> into) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, after);
            statement.setLong(2, upTo);
            if (since != null) {
                statement.setTimestamp(3, since);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    into.computeIfAbsent(row.getLong(1), k -> new HashSet<>()).add(row.getLong(2));
                }
            }
        }
    }

    private static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?")
                .collect(java.util.stream.Collectors.joining(",", "(", ")"));
    }
}
