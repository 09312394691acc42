package io.humanlink.sessions;

import io.humanlink.identity.User;
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
 * What one participant said about a completed session: a 1–5 rating of the other side, an optional comment and
 * whether they want to meet again. At most one per participant and session (unique in the table); never edited.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    @Id
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", updatable = false)
    private ChatSession session;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", updatable = false)
    private User author;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id", updatable = false)
    private User subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_role", nullable = false, updatable = false)
    private Party authorRole;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(updatable = false)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "see_again", nullable = false, updatable = false)
    private SeeAgain seeAgain;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Feedback() {
    }

    public Feedback(ChatSession session, Party authorRole, int rating, String comment, SeeAgain seeAgain,
                    Instant now) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating must be 1..5");
        }
        this.session = session;
        this.authorRole = authorRole;
        this.author = session.participant(authorRole);
        this.subject = session.participant(authorRole.other());
        this.rating = rating;
        this.comment = comment;
        this.seeAgain = seeAgain;
        this.createdAt = now;
    }

    /** Low enough that a manager should look, and that matching should not repeat the pair lightly. */
    public boolean isLowRating() {
        return rating <= 2;
    }

    public Long getId() {
        return id;
    }

    public ChatSession getSession() {
        return session;
    }

    public User getAuthor() {
        return author;
    }

    public User getSubject() {
        return subject;
    }

    public Party getAuthorRole() {
        return authorRole;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public SeeAgain getSeeAgain() {
        return seeAgain;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
