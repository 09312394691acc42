package io.humanlink.matching;

import io.humanlink.chat.ConversationKind;
import io.humanlink.chat.Conversations;
import io.humanlink.identity.Role;
import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import io.humanlink.profile.FriendProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The match lifecycle as a person drives it: see proposals and the current match, accept one (switching Friend is
 * free at any time: the previous match ends), decline one (optionally "never again"), or ask for a re-match, which
 * ends the current match and proposes new Friends at once. A person only ever reaches their own matches.
 */
@ApplicationScoped
@Transactional
public class MatchService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    MatchingEngine engine;

    @Inject
    ProposalWriter writer;

    @Inject
    MatchingSettings settings;

    @Inject
    Conversations conversations;

    @Inject
    PendingProposals pending;

    @Inject
    Clock clock;

    public MatchOverview overview(UUID userId) {
        User user = users.require(userId);
        pending.materialise(user.getId());
        List<Match> current = ofUser(user, MatchStatus.ACCEPTED);
        List<Match> asFriend = user.getRoles().contains(Role.FRIEND)
                ? em.createQuery("select m from Match m where m.friend = :friend and m.status = :status"
                        + " order by m.decidedAt desc", Match.class)
                        .setParameter("friend", user).setParameter("status", MatchStatus.ACCEPTED)
                        .setMaxResults(200).getResultList()
                : List.of();
        return new MatchOverview(current.isEmpty() ? null : current.get(0), ofUser(user, MatchStatus.PROPOSED),
                asFriend);
    }

    /**
     * Accepts a proposal; the Friend must still be free to take someone new. Any current match ends ("switched"). The
     * pair gets the match's conversation now (one per match, so accepting a new match with the same Friend later opens
     * a new one).
     */
    public Match accept(UUID userId, UUID matchId) {
        // Pending proposals first: they lock the seeker's questionnaire row, as the nightly job does before it
        // touches rows that reference the user; taking the user row first could deadlock with it.
        pending.materialise(users.require(userId).getId());
        User user = users.requireLocked(userId);
        Match match = own(user, matchId);
        if (match.getStatus() == MatchStatus.PROPOSED) {
            // Locking the Friend's profile row serialises concurrent accepts of one Friend, so capacity holds. (Not the
            // users row: inserting matches share-locks it, and the nightly job inserts while holding other locks.)
            em.find(FriendProfile.class, match.getFriend().getId(), LockModeType.PESSIMISTIC_WRITE);
            requireFriendAvailable(match.getFriend());
            requireNotExcluded(user, match.getFriend());
        }
        Instant now = clock.instant();
        match.accept(now);
        if (match.getConversation() == null) {
            match.attachConversation(conversations.open(ConversationKind.MATCH, List.of(user, match.getFriend())));
        }
        for (Match previous : ofUser(user, MatchStatus.ACCEPTED)) {
            if (!previous.equals(match)) {
                previous.end("switched", now);
            }
        }
        return match;
    }

    /** Declines a proposal; "never again" keeps that Friend out of every future proposal. */
    public Match decline(UUID userId, UUID matchId, String reason, boolean neverAgain) {
        User user = users.require(userId);
        pending.materialise(user.getId());
        Match match = own(user, matchId);
        Instant now = clock.instant();
        match.decline(reason, now);
        if (neverAgain) {
            exclude(user.getId(), match.getFriend().getId(), "NEVER_AGAIN", now);
        }
        return match;
    }

    /** Ends the current match (if any) and proposes new Friends now; returns the new proposals. */
    public List<Match> rematch(UUID userId, String reason) {
        User user = users.requireLocked(userId);
        if (em.find(PersonalityProfile.class, user.getId()) == null) {
            throw new DomainException(409, "questionnaire-missing", "Questionnaire missing",
                    "Answer the personality questionnaire first, so we know whom to propose.");
        }
        Instant now = clock.instant();
        for (Match current : ofUser(user, MatchStatus.ACCEPTED)) {
            current.end(reason == null || reason.isBlank() ? "rematch" : reason, now);
        }
        em.flush();
        proposeNow(user.getId(), MatchSource.ON_DEMAND);
        return ofUser(user, MatchStatus.PROPOSED);
    }

    /** Recomputes one person's proposals against the current Friend pool; false if they have no questionnaire. */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean proposeNow(long userId, MatchSource source) {
        Instant now = clock.instant();
        Seeker seeker = engine.loadSeeker(userId, now);
        if (seeker == null) {
            return false;
        }
        writer.replaceProposals(List.of(new SeekerProposals(userId,
                engine.proposalsFor(seeker, engine.loadFriendPool(now)))), source, LocalDate.ofInstant(now,
                ZoneOffset.UTC));
        return true;
    }

    private void requireFriendAvailable(User friend) {
        Long active = em.createQuery("select count(m) from Match m where m.friend = :friend and m.status = :status",
                Long.class).setParameter("friend", friend).setParameter("status", MatchStatus.ACCEPTED)
                .getSingleResult();
        Boolean accepting = em.createQuery("select f.acceptingNew from FriendProfile f where f.user = :friend",
                Boolean.class).setParameter("friend", friend).getResultStream().findFirst().orElse(false);
        if (friend.isSuspended() || !friend.getRoles().contains(Role.FRIEND) || !accepting
                || active >= settings.friendCapacity()) {
            throw new DomainException(409, "friend-unavailable", "Friend unavailable",
                    friend.getDisplayName() + " is not taking new people right now. Pick another proposal.");
        }
    }

    /** A block either way or a "never again" since the proposal was made also rules the Friend out. */
    private void requireNotExcluded(User user, User friend) {
        long hits = ((Number) em.createNativeQuery("select (select count(*) from match_exclusions"
                        + " where user_id = ? and friend_id = ?) + (select count(*) from user_blocks"
                        + " where (blocker_id = ? and blocked_id = ?) or (blocker_id = ? and blocked_id = ?))")
                .setParameter(1, user.getId()).setParameter(2, friend.getId())
                .setParameter(3, user.getId()).setParameter(4, friend.getId())
                .setParameter(5, friend.getId()).setParameter(6, user.getId())
                .getSingleResult()).longValue();
        if (hits > 0) {
            throw new DomainException(409, "friend-unavailable", "Friend unavailable",
                    "This Friend can no longer be matched with you. Pick another proposal.");
        }
    }

    /** The match if it is the caller's; someone else's match is "not found", so ids cannot be probed. */
    private Match own(User user, UUID matchId) {
        return em.createNamedQuery("Match.byPublicId", Match.class)
                .setParameter("publicId", matchId.toString())
                .getResultStream()
                .filter(m -> m.getUser().equals(user))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Match " + matchId));
    }

    /**
     * After a session, one side said "never again": the pair is excluded from proposals from now on, and a current
     * match between them ends (the user keeps proposals and can pick another Friend at once).
     */
    public void neverAgain(User user, User friend, String reason) {
        Instant now = clock.instant();
        exclude(user.getId(), friend.getId(), reason, now);
        for (Match match : ofUser(user, MatchStatus.ACCEPTED)) {
            if (match.getFriend().equals(friend)) {
                match.end("never again after a session", now);
            }
        }
    }

    private List<Match> ofUser(User user, MatchStatus status) {
        return em.createNamedQuery("Match.ofUserWithStatus", Match.class)
                .setParameter("user", user).setParameter("status", status).getResultList();
    }

    private void exclude(long userId, long friendId, String reason, Instant now) {
        long existing = ((Number) em.createNativeQuery(
                "select count(*) from match_exclusions where user_id = ? and friend_id = ?")
                .setParameter(1, userId).setParameter(2, friendId).getSingleResult()).longValue();
        if (existing == 0) {
            em.createNativeQuery("insert into match_exclusions (user_id, friend_id, reason, created_at)"
                    + " values (?, ?, ?, ?)")
                    .setParameter(1, userId).setParameter(2, friendId).setParameter(3, reason)
                    .setParameter(4, now.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }
}
