package io.humanlink.matching;

import io.humanlink.chat.Conversation;
import io.humanlink.identity.User;
import io.humanlink.platform.DomainException;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A proposed or current pairing of a user with a Friend, with the score breakdown that explains it (stored as JSON so
 * the reasons shown stay the ones computed then). Invariant: only a PROPOSED match can be accepted or declined, only
 * an ACCEPTED one ended. An accepted match has its own conversation for the pair, opened when it was accepted.
 */
@Entity
@Table(name = "matches")
@NamedQuery(name = "Match.byPublicId", query = "select m from Match m where m.publicId = :publicId")
@NamedQuery(name = "Match.ofUserWithStatus",
        query = "select m from Match m where m.user = :user and m.status = :status order by m.rankPosition, m.id")
public class Match {

    @Id
    @SequenceGenerator(name = "matches_seq", sequenceName = "matches_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matches_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "friend_id")
    private User friend;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchStatus status;

    @Column(nullable = false)
    private double score;

    @Column(name = "rank_position", nullable = false)
    private int rankPosition;

    @Column(nullable = false)
    private String breakdown;

    @Column(nullable = false)
    private String reasons;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchSource source;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Version
    private long version;

    protected Match() {
    }

    public Match(User user, User friend, double score, int rank, String breakdownJson, String reasonsJson,
                 MatchSource source, LocalDate proposedOn, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.user = user;
        this.friend = friend;
        this.status = MatchStatus.PROPOSED;
        this.score = score;
        this.rankPosition = rank;
        this.breakdown = breakdownJson;
        this.reasons = reasonsJson;
        this.source = source;
        this.proposedOn = proposedOn;
        this.createdAt = now;
    }

    public void accept(Instant now) {
        requireStatus(MatchStatus.PROPOSED, "accepted");
        status = MatchStatus.ACCEPTED;
        decidedAt = now;
    }

    public void decline(String why, Instant now) {
        requireStatus(MatchStatus.PROPOSED, "declined");
        status = MatchStatus.DECLINED;
        decidedAt = now;
        reason = why;
    }

    public void end(String why, Instant now) {
        requireStatus(MatchStatus.ACCEPTED, "ended");
        status = MatchStatus.ENDED;
        endedAt = now;
        reason = why;
    }

    /** Gives the match its conversation; a match has at most one, for good. */
    public void attachConversation(Conversation opened) {
        if (conversation != null) {
            throw new IllegalStateException("match " + publicId + " already has a conversation");
        }
        conversation = opened;
    }

    private void requireStatus(MatchStatus expected, String verb) {
        if (status != expected) {
            throw new DomainException(409, "match-not-" + expected.name().toLowerCase(),
                    "Match is " + status.name().toLowerCase(),
                    "Only a " + expected.name().toLowerCase() + " match can be " + verb + "; this one is "
                            + status.name().toLowerCase() + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    public User getUser() {
        return user;
    }

    public User getFriend() {
        return friend;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public double getScore() {
        return score;
    }

    public int getRank() {
        return rankPosition;
    }

    public String getBreakdownJson() {
        return breakdown;
    }

    public String getReasonsJson() {
        return reasons;
    }

    public MatchSource getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getReason() {
        return reason;
    }

    /** The pair's conversation once the match was accepted; null before. */
    public Conversation getConversation() {
        return conversation;
    }
}
