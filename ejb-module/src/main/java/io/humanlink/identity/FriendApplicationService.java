package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.Page;
import io.humanlink.platform.PageRequest;
import io.humanlink.privacy.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/** Users apply to become Friends; managers and admins decide (never on their own application). */
@ApplicationScoped
@Transactional
public class FriendApplicationService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One open application per user at a time; the applicant's row lock makes the check race-free. */
    public FriendApplication apply(UUID applicantId, String motivation) {
        User applicant = users.requireLocked(applicantId);
        if (!applicant.isEmailVerified()) {
            throw new DomainException(403, "email-not-verified", "Email not verified",
                    "Confirm your email address before applying to become a Friend.");
        }
        if (applicant.getRoles().contains(Role.FRIEND)) {
            throw new DomainException(409, "already-friend", "Already a Friend", "You are a Friend already.");
        }
        long pending = em.createNamedQuery("FriendApplication.countPendingOf", Long.class)
                .setParameter("user", applicant).setParameter("pending", FriendApplication.Status.PENDING)
                .getSingleResult();
        if (pending > 0) {
            throw new DomainException(409, "application-pending", "Application pending",
                    "You already have an application waiting for a decision.");
        }
        FriendApplication application = new FriendApplication(applicant, motivation.strip(), clock.instant());
        em.persist(application);
        return application;
    }

    public <T> Page<T> mine(UUID applicantId, PageRequest page, Function<FriendApplication, T> view) {
        User applicant = users.require(applicantId);
        TypedQuery<FriendApplication> query = em.createQuery(
                "select a from FriendApplication a where a.applicant = :user"
                        + (page.afterId() == null ? "" : " and a.id < :after") + " order by a.id desc",
                FriendApplication.class).setParameter("user", applicant);
        return fetch(query, page, view);
    }

    public <T> Page<T> list(FriendApplication.Status status, PageRequest page, Function<FriendApplication, T> view) {
        TypedQuery<FriendApplication> query = em.createQuery(
                "select a from FriendApplication a where 1 = 1"
                        + (status == null ? "" : " and a.status = :status")
                        + (page.afterId() == null ? "" : " and a.id < :after") + " order by a.id desc",
                FriendApplication.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return fetch(query, page, view);
    }

    public FriendApplication approve(UUID applicationId, UUID deciderId, String note) {
        FriendApplication application = requireLocked(applicationId);
        User decider = users.require(deciderId);
        application.approve(decider, note, clock.instant());
        audit.record(decider.getId(), "friend-application.approve", "user:" + application.getApplicant().getPublicId(),
                note);
        return application;
    }

    public FriendApplication reject(UUID applicationId, UUID deciderId, String reason) {
        FriendApplication application = requireLocked(applicationId);
        User decider = users.require(deciderId);
        application.reject(decider, reason, clock.instant());
        audit.record(decider.getId(), "friend-application.reject", "user:" + application.getApplicant().getPublicId(),
                reason);
        return application;
    }

    /** Row-locked by the query, so two staff deciding at once are serialised: the second sees it decided. */
    private FriendApplication requireLocked(UUID applicationId) {
        return em.createNamedQuery("FriendApplication.byPublicId", FriendApplication.class)
                .setParameter("publicId", applicationId.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Friend application " + applicationId));
    }

    private static <T> Page<T> fetch(TypedQuery<FriendApplication> query, PageRequest page,
                                     Function<FriendApplication, T> view) {
        if (page.afterId() != null) {
            query.setParameter("after", page.afterId());
        }
        return Page.fromOverfetch(query.setMaxResults(page.limit() + 1).getResultList(), page,
                FriendApplication::getId, view);
    }
}
