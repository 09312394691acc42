package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Account look-ups shared by the identity services. */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    public Optional<User> findByEmail(String normalizedEmail) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", normalizedEmail)
                .getResultStream().findFirst();
    }

    /** The account, row-locked by the query itself (SELECT ... FOR UPDATE), for the rest of the transaction. */
    public Optional<User> findByEmailLocked(String normalizedEmail) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", normalizedEmail)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * Whether an account with this email exists, read in a transaction of its own: the caller's transaction may be
     * unusable (PostgreSQL refuses every statement after a failed insert), and only committed rows matter here.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean emailExists(String normalizedEmail) {
        return findByEmail(normalizedEmail).isPresent();
    }

    public Optional<User> findByPublicId(UUID publicId) {
        return em.createNamedQuery("User.byPublicId", User.class)
                .setParameter("publicId", publicId.toString())
                .getResultStream().findFirst();
    }

    /**
     * Status and token cut-off of an account in one read by its unique public id (indexed), cheap enough for every
     * request; empty when the account does not exist.
     */
    public Optional<AccountAccess> access(UUID publicId) {
        return em.createNamedQuery("User.accessByPublicId", Object[].class)
                .setParameter("publicId", publicId.toString())
                .getResultStream().findFirst()
                .map(row -> new AccountAccess((UserStatus) row[0], instantOf(row[1])));
    }

    /** A projected column may come back before or after the attribute converter ran, depending on the JPA provider. */
    private static Instant instantOf(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }

    /** True when the account exists and is not suspended. */
    public boolean isActive(UUID publicId) {
        return access(publicId).map(a -> a.status() == UserStatus.ACTIVE).orElse(false);
    }

    public User require(UUID publicId) {
        return findByPublicId(publicId).orElseThrow(() -> DomainException.notFound("User " + publicId));
    }

    /**
     * The account, row-locked for the rest of the transaction, to serialise decisions about one user. The lock is
     * taken by the query itself (SELECT ... FOR UPDATE), so no one can change the row between reading and locking.
     */
    public User requireLocked(UUID publicId) {
        return em.createNamedQuery("User.byPublicId", User.class)
                .setParameter("publicId", publicId.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("User " + publicId));
    }

    public void add(User user) {
        em.persist(user);
    }
}
