package io.humanlink.chat;

import io.humanlink.identity.User;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A place where its members talk. Membership is fixed at creation for a session or a match (the two parties); only
 * members may read or write it, which the chat endpoint checks against {@link ConversationMember} rows. The message
 * counter ({@code last_seq}) and the time of the latest message ({@code last_activity_at}) are kept by
 * {@link MessageStore} under a row lock and read with queries, so they are deliberately not mapped for writing here.
 */
@Entity
@Table(name = "conversations")
public class Conversation {

    @Id
    @SequenceGenerator(name = "conversations_seq", sequenceName = "conversations_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversations_seq")
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false)
    private String publicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConversationKind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false, updatable = false)
    private Instant lastActivityAt;

    @OneToMany(mappedBy = "conversation", cascade = CascadeType.PERSIST)
    private List<ConversationMember> members = new ArrayList<>();

    protected Conversation() {
    }

    public Conversation(ConversationKind kind, List<User> members, Instant now) {
        if (members.size() < 2 || members.stream().distinct().count() != members.size()) {
            throw new IllegalArgumentException("a conversation needs at least two distinct members");
        }
        this.publicId = UUID.randomUUID().toString();
        this.kind = kind;
        this.createdAt = now;
        this.lastActivityAt = now;
        members.forEach(user -> this.members.add(new ConversationMember(this, user, now)));
    }

    public Long getId() {
        return id;
    }

    public UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    public ConversationKind getKind() {
        return kind;
    }

    public List<ConversationMember> getMembers() {
        return List.copyOf(members);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
