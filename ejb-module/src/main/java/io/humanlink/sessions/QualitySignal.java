package io.humanlink.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A piece of feedback a manager should look at (a rating of 2 or less, or "never again"), open until reviewed. The
 * console lists open signals; matching reads the same facts from feedback.
 */
@Entity
@Table(name = "quality_signals")
public class QualitySignal {

    /** Why the feedback was raised. */
    public enum Kind { LOW_RATING, NEVER_AGAIN }

    @Id
    @SequenceGenerator(name = "quality_signals_seq", sequenceName = "quality_signals_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_signals_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "feedback_id", updatable = false)
    private Feedback feedback;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected QualitySignal() {
    }

    public QualitySignal(Feedback feedback, Kind kind, Instant now) {
        this.feedback = feedback;
        this.sessionId = feedback.getSession().getId();
        this.subjectId = feedback.getSubject().getId();
        this.authorId = feedback.getAuthor().getId();
        this.kind = kind;
        this.createdAt = now;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
