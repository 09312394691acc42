package io.humanlink.matching;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who the retention job re-matches: active users with a questionnaire who are due for new Friends, because
 * <ol>
 *   <li>{@link Reason#FRIEND_LEFT}: the Friend of their accepted match left — no longer has the FRIEND role, is not
 *       ACTIVE, or has no profile accepting new people (their match is ended with reason
 *       {@value #FRIEND_LEFT_REASON} before new Friends are proposed); or</li>
 *   <li>{@link Reason#LOW_RATING}: their most recent feedback as a user rated their current Friend (the Friend of
 *       their accepted match) {@value PairFeedback#LOW_RATING} or less, and no proposal has been made to them since
 *       that feedback (as matches or as a pending nightly set). The match stays: the user chooses whether to switch, from proposals in which that Friend
 *       ranks lower for them ({@link MatchScorer}); or</li>
 *   <li>{@link Reason#QUIET}: they have gone quiet — no match of theirs was created, decided or ended in the last
 *       {@code humanlink.retention.quiet-days} days (default 14), none is open (PROPOSED, or pending in a nightly
 *       proposal set), and no session of theirs
 *       that took place or is booked (SCHEDULED, LIVE or COMPLETED) ends within those days or later.</li>
 * </ol>
 * A user who fits several is due for the first. Selecting by these rules is what makes the job idempotent on a day,
 * and when it runs twice a day: a user re-matched once has an ended match (Friend left), proposals newer than their
 * low rating, or open proposals (quiet) — or, if no Friend was eligible, gets the same empty answer again.
 */
@ApplicationScoped
public class RetentionCandidates {

    /** The reason stored on a match ended because its Friend left. */
    public static final String FRIEND_LEFT_REASON = "friend-left";

    /** Why a user is due for a re-match. */
    public enum Reason {
        FRIEND_LEFT, LOW_RATING, QUIET
    }

    /** A user due for a re-match, and why. */
    public record Due(long userId, Reason reason) {
    }

    /**
     * Conditions on a match {@code m} that is ACCEPTED while its Friend has left: suspended, no longer a Friend, or no
     * profile. A Friend who only stops accepting <em>new</em> people keeps the people they have.
     */
    private static final String FRIEND_HAS_LEFT = """
            m.status = 'ACCEPTED' and (
                   not exists (select 1 from users f where f.id = m.friend_id and f.status = 'ACTIVE')
                or not exists (select 1 from user_roles r where r.user_id = m.friend_id and r.role = 'FRIEND')
                or not exists (select 1 from friend_profiles fp where fp.user_id = m.friend_id))""";

    /**
     * The user {@code p.user_id}'s latest feedback as a user (by time, then id) rated the Friend of their accepted
     * match low, and no match of theirs was created after it (which a re-match, by any job, would have done). The
     * latest feedback is picked per user on the (author_id, created_at) index: written as a join on all low ratings,
     * the database would hash every user's feedback for each page of candidates instead.
     */
    private static final String LAST_RATING_LOW = """
            exists (select 1 from feedback f
                    join matches m on m.user_id = f.author_id and m.friend_id = f.subject_id
                                  and m.status = 'ACCEPTED'
                    where f.id = (select latest.id from feedback latest
                                  where latest.author_id = p.user_id and latest.author_role = 'USER'
                                  order by latest.created_at desc, latest.id desc
                                  limit 1)
                      and f.rating <= %d
                      and not exists (select 1 from matches proposed
                                      where proposed.user_id = f.author_id and proposed.created_at > f.created_at)
                      and not exists (select 1 from proposal_sets pending
                                      where pending.user_id = f.author_id and pending.created_at > f.created_at))
            """.formatted(PairFeedback.LOW_RATING);

    /** Parameters: four times the start of the quiet period. */
    private static final String QUIET = """
            not exists (select 1 from matches m where m.user_id = p.user_id
                        and (m.status = 'PROPOSED' or m.created_at > ? or m.decided_at > ? or m.ended_at > ?))
            and not exists (select 1 from proposal_sets pending where pending.user_id = p.user_id)
            and not exists (select 1 from chat_sessions s where s.user_id = p.user_id
                            and s.status in ('SCHEDULED', 'LIVE', 'COMPLETED') and s.ends_at > ?)""";

    /**
     * Parameters: the quiet period's start (four times), the last user id already read, the page size. The rules
     * are evaluated in order per user and stop at the first that holds; the id order and limit let the database walk
     * the profiles' primary key and stop after a page of due users.
     */
    private static final String DUE = """
            select user_id, reason from (
                select p.user_id,
                       case when exists (select 1 from matches m where m.user_id = p.user_id and %s)
                                 then 'FRIEND_LEFT'
                            when %s then 'LOW_RATING'
                            when %s then 'QUIET'
                       end as reason
                from personality_profiles p
                join users u on u.id = p.user_id
                where u.status = 'ACTIVE' and p.user_id > ?
            ) candidates
            where reason is not null
            order by user_id
            limit ?""".formatted(FRIEND_HAS_LEFT, LAST_RATING_LOW, QUIET);

    @Resource(lookup = "jdbc/humanlink")
    DataSource dataSource;

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "humanlink.retention.quiet-days", defaultValue = "14")
    int quietDays;

    /**
     * Up to {@code limit} users due at {@code reference} with ids above {@code afterUserId}, in id order.
     *
     * @param reference the run's reference instant; "quiet" means no match activity and no session after
     *                  reference − quiet-days
     */
    public List<Due> due(long afterUserId, int limit, Instant reference) {
        Timestamp quietSince = Timestamp.from(reference.minus(Duration.ofDays(quietDays)));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DUE)) {
            for (int i = 1; i <= 4; i++) {
                statement.setTimestamp(i, quietSince);
            }
            statement.setLong(5, afterUserId);
            statement.setInt(6, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    due.add(new Due(row.getLong(1), Reason.valueOf(row.getString(2))));
                }
            }
            return due;
        } catch (SQLException e) {
            throw MatchingStoreException.of("cannot select users due for a re-match", e);
        }
    }

    /**
     * Ends, in the caller's transaction, the accepted matches of these users whose Friend has left (status ENDED,
     * reason {@value #FRIEND_LEFT_REASON}, ended now), so that new proposals can take their place.
     *
     * @return how many matches were ended
     */
    @Transactional
    public int endMatchesWhoseFriendLeft(Collection<Long> userIds, Instant now) {
        if (userIds.isEmpty()) {
            return 0;
        }
        List<Long> ids = List.copyOf(userIds);
        Query query = em.createNativeQuery("select m.id from matches m where m.user_id in "
                + ids.stream().map(id -> "?").collect(Collectors.joining(",", "(", ")")) + " and "
                + FRIEND_HAS_LEFT);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        int ended = 0;
        for (Object id : query.getResultList()) {
            Match match = em.find(Match.class, ((Number) id).longValue());
            if (match != null && match.getStatus() == MatchStatus.ACCEPTED) {
                match.end(FRIEND_LEFT_REASON, now);
                ended++;
            }
        }
        em.flush();
        return ended;
    }

    public int quietDays() {
        return quietDays;
    }
}
