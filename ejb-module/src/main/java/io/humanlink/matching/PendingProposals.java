package io.humanlink.matching;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Turns a seeker's pending nightly proposal set into their open {@code matches} rows the first time they look after
 * the night (overview, accept, decline). The set is the night's choice of Friends; each one's score, its parts and the
 * reasons in words are written now, from the seeker's and the Friend's facts as they are now, against the night's
 * reference instant, and the proposals are ranked by those scores (the night's order where they are equal). So the
 * numbers a seeker reads always agree with the words beside them and with the rating a Friend has today. A Friend
 * who has since stopped being an active, approved Friend, or whom the seeker has since blocked or excluded, is left
 * out.
 *
 * <p>Locks the seeker's questionnaire row and then the set row, the order in which {@link ProposalWriter} locks when it
 * writes rows; the nightly job locks only set rows (its upsert), so a look while the job writes that seeker waits for
 * the job's chunk and then reads the new set, and neither can wait for the other in a cycle. The rows and the set's
 * removal commit together.
 */
@ApplicationScoped
public class PendingProposals {

    @Resource(lookup = "jdbc/humanlink")
    DataSource dataSource;

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    MatchingEngine engine;

    @Inject
    ProposalWriter writer;

    /** Applies the user's pending set, if any, in the caller's transaction. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void materialise(long userId) {
        em.flush();
        Pending pending = lockedSet(userId);
        if (pending == null) {
            return;
        }
        Instant reference = pending.proposedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        Seeker seeker = engine.loadSeeker(userId, reference);
        List<Proposal> proposals = List.of();
        if (seeker != null) {
            List<Long> ranking = Arrays.stream(ProposalSetCodec.ranking(pending.proposals())).boxed()
                    .filter(friendId -> !seeker.excludedFriendIds().contains(friendId))
                    .toList();
            proposals = engine.explained(seeker, ranking, engine.loadFriends(ranking, reference), reference);
        }
        writer.replaceProposals(List.of(new SeekerProposals(userId, proposals)), pending.source(),
                pending.proposedOn(), false);
    }

    /**
     * Locks the questionnaire row through the entity manager, not plain JDBC: a pessimistic lock binds the persistence
     * context to the transaction's connection, so the caller's queries afterwards see the rows written here (before
     * that, EclipseLink reads on a connection of its own, which cannot see this transaction's JDBC writes).
     */
    private Pending lockedSet(long userId) {
        if (em.find(PersonalityProfile.class, userId, LockModeType.PESSIMISTIC_WRITE) == null) {
            return null;  // no questionnaire: the job never proposes to them
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("select source, proposed_on, proposals"
                    + " from proposal_sets where user_id = ? for update")) {
                select.setLong(1, userId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? new Pending(MatchSource.valueOf(row.getString(1)),
                            row.getObject(2, LocalDate.class), row.getString(3)) : null;
                }
            }
        } catch (SQLException e) {
            throw MatchingStoreException.of("cannot read the pending proposals of user " + userId, e);
        }
    }

    private record Pending(MatchSource source, LocalDate proposedOn, String proposals) {
    }
}
