package io.humanlink.matching;

import io.humanlink.platform.SequenceIds;
import io.humanlink.platform.DatabaseProduct;
import io.humanlink.platform.Jsonp;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Stores seekers' new proposals in place of their open ones, in the caller's transaction (a batch chunk or a request).
 * Replacing, not adding, is what makes a job that runs twice on a day, or restarts after a crash, end with the same
 * proposals and no duplicates. A seeker who gets proposals is told ("New friend match!") at most once a day; the
 * nightly form tells only those with a Friend new to them.
 *
 * <p>Two forms: {@link #replaceProposals} writes {@code matches} rows with their explanation (a request, the retention
 * job, a seeker's pending set when they look: a few rows at a time); {@link #storeProposalSets} writes the nightly
 * job's one compact {@code proposal_sets} row per seeker ({@link ProposalSetCodec}), which {@link PendingProposals}
 * turns into rows when the seeker next looks. Ten explained rows per seeker for every seeker made the nightly job
 * spend nine tenths of its time writing rows nobody would read before the next night. Whichever form is written
 * last wins: each replaces the other.
 *
 * <p>Written with plain JDBC rather than entities: one statement per chunk (not per row or per seeker) is what keeps
 * the job close to the speed of its scoring. Ids come from the sequences EclipseLink allocates from, taken as it takes
 * them ({@link SequenceIds}), so the two never collide.
 */
@ApplicationScoped
public class ProposalWriter {

    private static final int IN_LIST = 500;
    private static final Comparator<SeekerProposals> BY_USER_ID = Comparator.comparingLong(SeekerProposals::userId);

    @Resource(lookup = "jdbc/humanlink")
    DataSource dataSource;

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    /** New explained proposals as {@code matches} rows, in place of open ones and of a pending set; notifies. */
    @Transactional
    public void replaceProposals(List<SeekerProposals> batch, MatchSource source, LocalDate day) {
        replaceProposals(batch, source, day, true);
    }

    /**
     * As {@link #replaceProposals(List, MatchSource, LocalDate)}; {@code notify} false when the proposals are not
     * new to the seeker (a pending set becoming rows: the night that computed it told them).
     */
    @Transactional
    public void replaceProposals(List<SeekerProposals> batch, MatchSource source, LocalDate day, boolean notify) {
        if (batch.isEmpty()) {
            return;
        }
        em.flush();  // entity changes made earlier in this transaction must reach the connection first
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            BulkStatements.planForCurrentData(connection);
            SequenceIds ids = new SequenceIds(connection);
            lockSeekers(connection, batch);
            deleteOpenProposals(connection, batch);
            deleteProposalSets(connection, batch);
            insertProposals(connection, ids, batch, source, day, now);
            if (notify) {
                notifySeekers(connection, DatabaseProduct.isPostgres(connection), batch, day, now);
            }
        } catch (SQLException e) {
            throw MatchingStoreException.of("could not store proposals", e);
        }
    }

    /**
     * The nightly form: one {@code proposal_sets} row per seeker with the Friends ranked for them (ids only, see
     * {@link ProposalSetCodec}), in place of their previous set; their open {@code matches} rows stay until the seeker
     * looks, when the set replaces them.
     *
     * <p>A set with the same Friends as the one the seeker has (in any order: a look ranks them by their scores of
     * that moment) and the same source is left as it is, with the night it was first proposed: rewriting it would
     * change nothing the seeker sees but that date, and scores that drift with every rating reorder most sets a
     * little every night. A seeker is told ("New friend match!") only when their set has a Friend who is in neither
     * their previous set nor their open proposals: the same Friends again, in another order, are not news, and
     * telling everyone every night would teach people to ignore it.
     *
     * <p>Takes no questionnaire-row locks: a seeker's set is one row under its primary key, so the upsert's own row
     * lock orders it against a look ({@link PendingProposals}) or a writer of rows, which delete the set under the
     * same key; sets are upserted in id order, as {@link #deleteProposalSets} deletes them, so two writers cannot wait
     * for each other. Locking 100k questionnaire rows a night cost the database a lock record per row for nothing.
     * A set read here as unchanged and turned into rows by a look before this chunk commits ends as if the look had
     * come after the chunk: the same Friends, as rows.
     */
    @Transactional
    public void storeProposalSets(List<SeekerRanking> batch, MatchSource source, LocalDate day) {
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<SeekerRanking> byId = batch.stream().sorted(Comparator.comparingLong(SeekerRanking::userId)).toList();
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = DatabaseProduct.isPostgres(connection);
            ProposalSetStatements sets = new ProposalSetStatements(connection, postgres);
            Map<Long, ProposalSetStatements.StoredSet> stored = sets.stored(
                    byId.stream().map(SeekerRanking::userId).toList());
            List<Long> changed = new ArrayList<>(byId.size());
            List<String> texts = new ArrayList<>(byId.size());
            Map<Long, long[]> newToSet = new LinkedHashMap<>();
            for (SeekerRanking seeker : byId) {
                ProposalSetStatements.StoredSet previous = stored.get(seeker.userId());
                long[] before = previous == null ? new long[0] : ProposalSetCodec.ranking(previous.proposals());
                if (previous != null && previous.source() == source && sameFriends(before, seeker.friendIds())) {
                    continue;
                }
                changed.add(seeker.userId());
                texts.add(ProposalSetCodec.encode(seeker.friendIds()));
                long[] fresh = notIn(seeker.friendIds(), Arrays.stream(before).boxed().collect(Collectors.toSet()));
                if (fresh.length > 0) {
                    newToSet.put(seeker.userId(), fresh);
                }
            }
            sets.upsert(changed, texts, source, day, now);
            NewMatchNotices.queue(connection, postgres, newcomers(sets, byId, newToSet), day, now);
        } catch (SQLException e) {
            throw MatchingStoreException.of("could not store proposal sets", e);
        }
    }

    /** Of the seekers with Friends new to their set, those with one not among their open proposals either. */
    private static List<NewMatchNotices.Notice> newcomers(ProposalSetStatements sets, List<SeekerRanking> byId,
                                                          Map<Long, long[]> newToSet) throws SQLException {
        if (newToSet.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> open = sets.openProposals(newToSet.keySet());
        List<NewMatchNotices.Notice> notices = new ArrayList<>();
        for (SeekerRanking seeker : byId) {
            long[] fresh = newToSet.get(seeker.userId());
            if (fresh != null && notIn(fresh, open.getOrDefault(seeker.userId(), Set.of())).length > 0) {
                notices.add(new NewMatchNotices.Notice(seeker.userId(), seeker.friendIds().length));
            }
        }
        return notices;
    }

    /** Whether two rankings hold the same Friends, in whatever order. */
    static boolean sameFriends(long[] ranking, long[] other) {
        if (ranking.length != other.length) {
            return false;
        }
        long[] sorted = ranking.clone();
        long[] otherSorted = other.clone();
        Arrays.sort(sorted);
        Arrays.sort(otherSorted);
        return Arrays.equals(sorted, otherSorted);
    }

    private static long[] notIn(long[] friendIds, Set<Long> known) {
        return Arrays.stream(friendIds).filter(friendId -> !known.contains(friendId)).toArray();
    }

    /**
     * Row-locks the seekers' questionnaire rows (in id order, so two writers cannot deadlock) before their rows are
     * replaced: the retention job, a re-match, a saved questionnaire and a look at a pending set may replace one
     * person's proposals at the same time, and each delete must see the other's inserts, or both sets would stay. Not the users rows: inserting a match
     * share-locks both users it references, which would deadlock against another partition holding them.
     */
    private static void lockSeekers(Connection connection, List<SeekerProposals> batch) throws SQLException {
        List<Long> sorted = batch.stream().map(SeekerProposals::userId).sorted().toList();
        for (int from = 0; from < sorted.size(); from += IN_LIST) {
            List<Long> part = sorted.subList(from, Math.min(from + IN_LIST, sorted.size()));
            try (PreparedStatement lock = connection.prepareStatement("select user_id from personality_profiles"
                    + " where user_id in " + placeholders(part.size()) + " order by user_id for update")) {
                for (int i = 0; i < part.size(); i++) {
                    lock.setLong(i + 1, part.get(i));
                }
                lock.executeQuery().close();
            }
        }
    }

    /**
     * One single-user delete per seeker, sent as one JDBC batch: a key lookup the database plans on its index even
     * before it has statistics on a table the job is filling (a long IN list is then planned as a full scan).
     */
    private static void deleteOpenProposals(Connection connection, List<SeekerProposals> batch) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from matches where user_id = ? and status = 'PROPOSED'")) {
            for (SeekerProposals seeker : batch) {
                delete.setLong(1, seeker.userId());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** In id order, as the nightly job upserts them (see {@link #storeProposalSets}). */
    private static void deleteProposalSets(Connection connection, List<SeekerProposals> batch) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from proposal_sets where user_id = ?")) {
            for (SeekerProposals seeker : batch.stream().sorted(BY_USER_ID).toList()) {
                delete.setLong(1, seeker.userId());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    private static void insertProposals(Connection connection, SequenceIds ids, List<SeekerProposals> batch,
                                        MatchSource source, LocalDate day, Instant now) throws SQLException {
        OffsetDateTime created = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("insert into matches (id, public_id, user_id,"
                + " friend_id, status, score, rank_position, breakdown, reasons, source, proposed_on, created_at,"
                + " version) values (?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?, ?, 0)")) {
            int pending = 0;
            for (SeekerProposals seeker : batch) {
                for (Proposal proposal : seeker.proposals()) {
                    ScoreBreakdown breakdown = proposal.breakdown();
                    insert.setLong(1, ids.next("matches_seq"));
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setLong(3, seeker.userId());
                    insert.setLong(4, proposal.friendId());
                    insert.setDouble(5, Math.round(breakdown.total() * 100.0) / 100.0);
                    insert.setInt(6, proposal.rank());
                    insert.setString(7, breakdownJson(breakdown));
                    insert.setString(8, reasonsJson(breakdown.reasons()));
                    insert.setString(9, source.name());
                    insert.setDate(10, Date.valueOf(day));
                    insert.setObject(11, created);
                    insert.addBatch();
                    if (++pending == 1000) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    /** Tells each seeker with proposals, once a day (see {@link NewMatchNotices}). */
    private static void notifySeekers(Connection connection, boolean postgres, List<SeekerProposals> batch,
                                      LocalDate day, Instant now) throws SQLException {
        NewMatchNotices.queue(connection, postgres, batch.stream().filter(s -> !s.proposals().isEmpty())
                .map(s -> new NewMatchNotices.Notice(s.userId(), s.proposals().size())).toList(), day, now);
    }

    private static String placeholders(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(",", "(", ")"));
    }

    static String breakdownJson(ScoreBreakdown breakdown) {
        JsonArrayBuilder components = Jsonp.PROVIDER.createArrayBuilder();
        for (ScoreComponent c : breakdown.components()) {
            components.add(Jsonp.PROVIDER.createObjectBuilder().add("name", c.name()).add("value", c.value())
                    .add("weight", c.weight()).add("points", c.points()));
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("total", Math.round(breakdown.total() * 100.0) / 100.0)
                .add("components", components).build().toString();
    }

    static String reasonsJson(List<String> reasons) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        reasons.forEach(array::add);
        return array.build().toString();
    }
}
