package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One member blocking another. A block in either direction keeps the two apart: no proposals, no bookings, and neither
 * may write in a conversation they share. Blocking and unblocking are idempotent; the blocker's row is locked so two
 * parallel blocks of the same person cannot both insert.
 */
@ApplicationScoped
@Transactional
public class UserBlocks {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    Clock clock;

    public void block(UUID blockerId, UUID blockedId) {
        User blocker = users.requireLocked(blockerId);
        User blocked = target(blocker, blockedId);
        if (!exists(blocker, blocked)) {
            em.createNativeQuery("insert into user_blocks (blocker_id, blocked_id, created_at) values (?, ?, ?)")
                    .setParameter(1, blocker.getId()).setParameter(2, blocked.getId())
                    .setParameter(3, clock.instant().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }

    public void unblock(UUID blockerId, UUID blockedId) {
        User blocker = users.requireLocked(blockerId);
        User blocked = target(blocker, blockedId);
        em.createNativeQuery("delete from user_blocks where blocker_id = ? and blocked_id = ?")
                .setParameter(1, blocker.getId()).setParameter(2, blocked.getId())
                .executeUpdate();
    }

    /** Whether either of the two blocked the other (then they cannot book, see each other's free time or write). */
    public boolean blockedEitherWay(User one, User other) {
        return ((Number) em.createNativeQuery("select count(*) from user_blocks"
                        + " where (blocker_id = ? and blocked_id = ?) or (blocker_id = ? and blocked_id = ?)")
                .setParameter(1, one.getId()).setParameter(2, other.getId())
                .setParameter(3, other.getId()).setParameter(4, one.getId())
                .getSingleResult()).longValue() > 0;
    }

    private User target(User blocker, UUID blockedId) {
        User blocked = users.require(blockedId);
        if (blocked.equals(blocker)) {
            throw DomainException.validation("id", "cannot be your own account");
        }
        return blocked;
    }

    private boolean exists(User blocker, User blocked) {
        return ((Number) em.createNativeQuery("select count(*) from user_blocks where blocker_id = ? and blocked_id = ?")
                .setParameter(1, blocker.getId()).setParameter(2, blocked.getId())
                .getSingleResult()).longValue() > 0;
    }
}
