package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import io.humanlink.privacy.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What admins do to accounts: change roles, suspend, reactivate — each audited. An admin cannot demote or suspend
 * themselves, so the platform never locks out its last administrator by accident.
 */
@ApplicationScoped
@Transactional
public class UserAdministrationService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    TokenService tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<AccountSuspended> suspensions;

    /**
     * Newest first; {@code query} matches email or display name, case-insensitively and literally: {@code %} and
     * {@code _} are escaped with a backslash, which the {@code escape} clause names explicitly (not every database
     * treats backslash as LIKE's escape character by default).
     */
    public <T> Page<T> search(String query, PageRequest page, Function<User, T> view) {
        boolean filtered = query != null && !query.isBlank();
        TypedQuery<User> q = em.createQuery("select u from User u where 1 = 1"
                + (filtered ? " and (lower(u.email) like :q escape '\\' or lower(u.displayName) like :q escape '\\')"
                        : "")
                + (page.afterId() == null ? "" : " and u.id < :after")
                + " order by u.id desc", User.class);
        if (filtered) {
            String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_");
            q.setParameter("q", "%" + escaped + "%");
        }
        if (page.afterId() != null) {
            q.setParameter("after", page.afterId());
        }
        return Page.fromOverfetch(q.setMaxResults(page.limit() + 1).getResultList(), page, User::getId, view);
    }

    public User replaceRoles(UUID targetId, Set<Role> roles, UUID actorId) {
        User actor = users.require(actorId);
        User target = users.requireLocked(targetId);
        if (target.equals(actor) && !roles.contains(Role.ADMIN)) {
            throw new DomainException(409, "cannot-demote-self", "Cannot remove own admin role",
                    "An admin cannot remove their own ADMIN role; ask another admin.");
        }
        Instant now = clock.instant();
        if (target.replaceRoles(roles, now)) {
            // Access tokens carry the roles: the old ones must not keep working with the old roles.
            target.revokeAccessTokens(now);
        }
        audit.record(actor.getId(), "user.roles", "user:" + targetId, target.getRoles().toString());
        return target;
    }

    public User suspend(UUID targetId, String reason, UUID actorId) {
        User actor = users.require(actorId);
        User target = users.requireLocked(targetId);
        if (target.equals(actor)) {
            throw new DomainException(409, "cannot-suspend-self", "Cannot suspend yourself",
                    "An admin cannot suspend their own account.");
        }
        Instant now = clock.instant();
        target.suspend(reason, now);
        target.revokeAccessTokens(now);
        tokens.revokeAllOf(target);
        audit.record(actor.getId(), "user.suspend", "user:" + targetId, reason);
        suspensions.fire(new AccountSuspended(target.getPublicId()));
        return target;
    }

    public User reactivate(UUID targetId, UUID actorId) {
        User actor = users.require(actorId);
        User target = users.requireLocked(targetId);
        target.reactivate(clock.instant());
        audit.record(actor.getId(), "user.reactivate", "user:" + targetId, null);
        return target;
    }
}
