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
 *   <li>{@link Reason#QUIET}: they have gone quiet — no match of theirs was created, decided or ended in the last
 *       {@code humanlink.retention.quiet-days} days (default 14) and none is open (PROPOSED).</li>
 * </ol>
 * Sessions and ratings arrive with a later issue; "no session for N days" and "their last rating was 2 or less" will
 * then join the quiet rule in {@link #due}. Selecting by these rules is what makes the job idempotent on a day: a user
 * re-matched once has an ended match and open proposals (or, if no Friend was eligible, gets the same empty answer).
 */
@ApplicationScoped
public class RetentionCandidates {

    /** The reason stored on a match ended because its Friend left. */
    public static final String FRIEND_LEFT_REASON = "friend-left";

    /** Why a user is due for a re-match. */
    public enum Reason {
        FRIEND_LEFT, QUIET
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

    private static final String DUE = """
            select p.user_id,
                   case when exists (select 1 from matches m where m.user_id = p.user_id and %1$s)
                        then 'FRIEND_LEFT' else 'QUIET' end as reason
            from personality_profiles p
            join users u on u.id = p.user_id
            where u.status = 'ACTIVE' and p.user_id > ?
              and (exists (select 1 from matches m where m.user_id = p.user_id and %1$s)
                   or not exists (select 1 from matches m where m.user_id = p.user_id
                                  and (m.status = 'PROPOSED' or m.created_at > ? or m.decided_at > ?
                                       or m.ended_at > ?)))
            order by p.user_id
            limit ?""".formatted(FRIEND_HAS_LEFT);

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
     * @param reference the run's reference instant; "quiet" means no match activity after reference − quiet-days
     */
    public List<Due> due(long afterUserId, int limit, Instant reference) {
        Timestamp quietSince = Timestamp.from(reference.minus(Duration.ofDays(quietDays)));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DUE)) {
            statement.setLong(1, afterUserId);
            statement.setTimestamp(2, quietSince);
            statement.setTimestamp(3, quietSince);
            statement.setTimestamp(4, quietSince);
            statement.setInt(5, limit);
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
