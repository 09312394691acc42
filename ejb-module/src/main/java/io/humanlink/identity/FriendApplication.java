package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's request to become a paid Friend. Invariant: decided once — PENDING becomes APPROVED (the applicant gains
 * the FRIEND role in the same transaction) or REJECTED, never back.
 */
@Entity
@Table(name = "friend_applications")
@NamedQuery(name = "FriendApplication.byPublicId",
        query = "select a from FriendApplication a where a.publicId = :publicId")
@NamedQuery(name = "FriendApplication.countPendingOf",
        query = "select count(a) from FriendApplication a where a.applicant = :user and a.status = :pending")
public class FriendApplication {

    public enum Status { PENDING, APPROVED, REJECTED }

    @Id
    @SequenceGenerator(name = "friend_applications_seq", sequenceName = "friend_applications_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "friend_applications_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User applicant;

    @Column(nullable = false)
    private String motivation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    private User decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected FriendApplication() {
    }

    public FriendApplication(User applicant, String motivation, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.applicant = applicant;
        this.motivation = motivation;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    /** A suspended applicant is not made a Friend (they could not work as one): lift the suspension first. */
    public void approve(User decider, String note, Instant now) {
        requireDecidable(decider);
        if (applicant.isSuspended()) {
            throw new DomainException(409, "applicant-suspended", "Applicant suspended",
                    "The applicant's account is suspended; reactivate it before approving.");
        }
        decide(Status.APPROVED, decider, note, now);
        applicant.grant(Role.FRIEND, now);
    }

    public void reject(User decider, String note, Instant now) {
        requireDecidable(decider);
        decide(Status.REJECTED, decider, note, now);
    }

    /** Four eyes: staff who apply themselves are decided on by someone else. */
    private void requireDecidable(User decider) {
        if (decider.equals(applicant)) {
            throw DomainException.forbidden("You cannot decide on your own application.");
        }
        if (status != Status.PENDING) {
            throw new DomainException(409, "application-decided", "Application already decided",
                    "This application was already " + status.name().toLowerCase() + ".");
        }
    }

    private void decide(Status outcome, User decider, String note, Instant now) {
        status = outcome;
        decidedBy = decider;
        decisionNote = note;
        decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    public User getApplicant() {
        return applicant;
    }

    public String getMotivation() {
        return motivation;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
