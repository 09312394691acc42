package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    public Optional<User> findByPublicId(UUID publicId) {
        return em.createNamedQuery("User.byPublicId", User.class)
                .setParameter("publicId", publicId.toString())
                .getResultStream().findFirst();
    }

    /** True when the account exists and is not suspended; one indexed read, cheap enough for every request. */
    public boolean isActive(UUID publicId) {
        return em.createNamedQuery("User.statusByPublicId", UserStatus.class)
                .setParameter("publicId", publicId.toString())
                .getResultStream().findFirst()
                .map(status -> status == UserStatus.ACTIVE).orElse(false);
    }

    public User require(UUID publicId) {
        return findByPublicId(publicId).orElseThrow(() -> DomainException.notFound("User " + publicId));
    }

    /** The account, row-locked for the rest of the transaction, to serialise decisions about one user. */
    public User requireLocked(UUID publicId) {
        User user = require(publicId);
        em.lock(user, LockModeType.PESSIMISTIC_WRITE);
        return user;
    }

    public void add(User user) {
        em.persist(user);
    }
}
