package io.humanlink.chat;

import io.humanlink.identity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One member of a conversation; the pair (conversation, user) is the key. */
@Entity
@Table(name = "conversation_members")
@IdClass(ConversationMember.Key.class)
public class ConversationMember {

    /** The composite key: conversation id and user id. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long conversation;
        private Long user;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(conversation, key.conversation)
                    && Objects.equals(user, key.user);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversation, user);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conversation_id")
    private Conversation conversation;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    protected ConversationMember() {
    }

    ConversationMember(Conversation conversation, User user, Instant now) {
        this.conversation = conversation;
        this.user = user;
        this.joinedAt = now;
    }

    public User getUser() {
        return user;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
