package io.humanlink.matching;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Stores seekers' new proposals in place of their open ones, in the caller's transaction (a batch chunk or a request).
 * Replacing, not adding, is what makes a job that runs twice on a day, or restarts after a crash, end with the same
 * proposals and no duplicates. Each seeker who gets proposals is told once per day ("New friend match!").
 *
 * <p>Two forms: {@link #replaceProposals} writes {@code matches} rows with their explanation (a request, the retention
 * job, a seeker's pending set when they look: a few rows at a time); {@link #storeProposalSets} writes the nightly
 * job's one compact {@code proposal_sets} row per seeker ({@link ProposalSetCodec}), which {@link PendingProposals}
 * turns into rows when the seeker next looks. Ten explained rows per seeker for every seeker made the nightly job
 * spend nine tenths of its time writing rows nobody would read before the next night. Whichever form is written
 * last wins: each replaces the other.
 *
 * <p>Written with plain JDBC batches rather than entities: one statement per chunk (not per row or per seeker) is what
 * keeps the job close to the speed of its scoring. Ids come from the same sequences EclipseLink allocates from (each
 * {@code nextval} is a block of 50 ids, handed out top-down as EclipseLink does), so the two never collide.
 */
@ApplicationScoped
public class ProposalWriter {

    private static final int SEQUENCE_BLOCK = 50;
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
            Sequences ids = new Sequences(connection);
            lockSeekers(connection, batch);
            deleteOpenProposals(connection, batch);
            deleteProposalSets(connection, batch);
            insertProposals(connection, ids, batch, source, day, now);
            if (notify) {
                notifySeekers(connection, ids, batch, day, now);
            }
        } catch (SQLException e) {
            throw MatchingStoreException.of("could not store proposals", e);
        }
    }

    /**
     * The nightly form: one {@code proposal_sets} row per seeker with the ranked proposals' numbers, in place of their
     * previous set; their open {@code matches} rows stay until the seeker looks, when the set replaces them. Notifies.
     *
     * <p>Takes no questionnaire-row locks: a seeker's set is one row under its primary key, so the upsert's own row
     * lock orders it against a look ({@link PendingProposals}) or a writer of rows, which delete the set under the
     * same key; sets are upserted in id order, as {@link #deleteProposalSets} deletes them, so two writers cannot wait
     * for each other. Locking 100k questionnaire rows a night cost the database a lock record per row for nothing.
     */
    @Transactional
    public void storeProposalSets(List<SeekerProposals> batch, MatchSource source, LocalDate day) {
        if (batch.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<SeekerProposals> byId = batch.stream().sorted(BY_USER_ID).toList();
        try (Connection connection = dataSource.getConnection()) {
            Sequences ids = new Sequences(connection);
            upsertProposalSets(connection, ids.isPostgres(), byId, source, day, now);
            notifySeekers(connection, ids, byId, day, now);
        } catch (SQLException e) {
            throw MatchingStoreException.of("could not store proposal sets", e);
        }
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

    /** Insert-or-replace by seeker: PostgreSQL's {@code on conflict}, the embedded database's {@code merge}. */
    private static void upsertProposalSets(Connection connection, boolean postgres, List<SeekerProposals> batch,
                                           MatchSource source, LocalDate day, Instant now) throws SQLException {
        String sql = postgres
                ? "insert into proposal_sets (user_id, source, proposed_on, created_at, proposals)"
                        + " values (?, ?, ?, ?, ?) on conflict (user_id) do update set source = excluded.source,"
                        + " proposed_on = excluded.proposed_on, created_at = excluded.created_at,"
                        + " proposals = excluded.proposals"
                : "merge into proposal_sets (user_id, source, proposed_on, created_at, proposals) key (user_id)"
                        + " values (?, ?, ?, ?, ?)";
        OffsetDateTime created = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            for (SeekerProposals seeker : batch) {
                upsert.setLong(1, seeker.userId());
                upsert.setString(2, source.name());
                upsert.setDate(3, Date.valueOf(day));
                upsert.setObject(4, created);
                upsert.setString(5, ProposalSetCodec.encode(seeker.proposals()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void insertProposals(Connection connection, Sequences ids, List<SeekerProposals> batch,
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

    /**
     * One NEW_MATCH notification per seeker and day: a key already queued (an earlier run that day) is skipped —
     * by the unique key itself on PostgreSQL, by looking first elsewhere (the embedded dev database).
     */
    private static void notifySeekers(Connection connection, Sequences ids, List<SeekerProposals> batch,
                                      LocalDate day, Instant now) throws SQLException {
        List<SeekerProposals> told = batch.stream().filter(s -> !s.proposals().isEmpty()).toList();
        boolean postgres = ids.isPostgres();
        Set<String> queued = postgres ? new HashSet<>() : queuedKeys(connection, told, day);
        try (PreparedStatement insert = connection.prepareStatement("insert into notifications_outbox (id, user_id,"
                + " kind, payload, dedupe_key, created_at) values (?, ?, 'NEW_MATCH', ?, ?, ?)"
                + (postgres ? " on conflict (dedupe_key) do nothing" : ""))) {
            boolean any = false;
            for (SeekerProposals seeker : told) {
                String key = dedupeKey(seeker.userId(), day);
                if (queued.add(key)) {
                    insert.setLong(1, ids.next("notifications_outbox_seq"));
                    insert.setLong(2, seeker.userId());
                    insert.setString(3, Jsonp.PROVIDER.createObjectBuilder().add("title", "New friend match!")
                            .add("proposals", seeker.proposals().size()).build().toString());
                    insert.setString(4, key);
                    insert.setObject(5, now.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private static Set<String> queuedKeys(Connection connection, List<SeekerProposals> told, LocalDate day)
            throws SQLException {
        Set<String> queued = new HashSet<>();
        for (int from = 0; from < told.size(); from += IN_LIST) {
            List<SeekerProposals> part = told.subList(from, Math.min(from + IN_LIST, told.size()));
            try (PreparedStatement select = connection.prepareStatement(
                    "select dedupe_key from notifications_outbox where dedupe_key in " + placeholders(part.size()))) {
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 1, dedupeKey(part.get(i).userId(), day));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        queued.add(row.getString(1));
                    }
                }
            }
        }
        return queued;
    }

    private static String dedupeKey(long userId, LocalDate day) {
        return "new-match:" + userId + ":" + day;
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

    /** Hands out ids from database sequences in blocks of 50, the way EclipseLink does for the same sequences. */
    private static final class Sequences {

        private final Connection connection;
        private final boolean postgres;
        private final String nextSql;
        private final java.util.Map<String, long[]> blocks = new java.util.HashMap<>();

        Sequences(Connection connection) throws SQLException {
            this.connection = connection;
            this.postgres = DatabaseProduct.isPostgres(connection);
            this.nextSql = postgres ? "select nextval('%s')" : "select next value for %s";
        }

        boolean isPostgres() {
            return postgres;
        }

        long next(String sequence) throws SQLException {
            long[] block = blocks.get(sequence);  // {next id to hand out, last id of the block}
            if (block == null || block[0] > block[1]) {
                long top;
                try (PreparedStatement select = connection.prepareStatement(nextSql.formatted(sequence));
                     ResultSet row = select.executeQuery()) {
                    row.next();
                    top = row.getLong(1);
                }
                block = new long[] {top - SEQUENCE_BLOCK + 1, top};
                blocks.put(sequence, block);
            }
            return block[0]++;
        }
    }
}
