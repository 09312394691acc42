package io.humanlink.chat;

import io.humanlink.platform.SequenceIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message of a conversation, numbered by {@code seq} (1, 2, 3, ... without gaps per conversation, assigned by
 * {@link MessageStore}). Members always see its latest revision; every earlier one is kept as a {@link MessageVersion}
 * for moderation. Only its sender may edit or delete it, and a deleted message stays deleted (its seq is never reused).
 * Conversation and sender are plain ids: the write path inserts many of these and never needs either entity.
 */
@Entity
@Table(name = "messages")
@NamedQuery(name = "Message.bySeq",
        query = "select m from Message m where m.conversationId = :conversation and m.seq = :seq")
@NamedQuery(name = "Message.after", query = "select m from Message m where m.conversationId = :conversation"
        + " and m.seq > :after order by m.seq")
@NamedQuery(name = "Message.before", query = "select m from Message m where m.conversationId = :conversation"
        + " and m.seq < :before order by m.seq desc")
public class Message {

    /**
     * Ids are taken from {@code messages_seq} in blocks this size, its increment: EclipseLink for the entity,
     * {@link AppendStatements#allocateIds} for the messages the chat writer inserts itself.
     */
    static final int ID_BLOCK = SequenceIds.BLOCK;

    @Id
    @SequenceGenerator(name = "messages_seq", sequenceName = "messages_seq", allocationSize = ID_BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "messages_seq")
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private long conversationId;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(name = "sender_id", nullable = false, updatable = false)
    private long senderId;

    @Column(name = "client_msg_id", nullable = false, updatable = false)
    private String clientMsgId;

    private String body;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int revision;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Message() {
    }

    Message(long conversationId, long seq, long senderId, String clientMsgId, String body, Instant sentAt) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        this.conversationId = conversationId;
        this.seq = seq;
        this.senderId = senderId;
        this.clientMsgId = clientMsgId;
        this.body = body;
        this.sentAt = sentAt;
        this.revision = 1;
    }

    /** Replaces the body; returns the version it replaced, which the caller keeps. */
    MessageVersion edit(String newBody, Instant now) {
        MessageVersion previous = supersede(now, MessageVersion.SupersededBy.EDIT);
        body = newBody;
        editedAt = now;
        revision++;
        return previous;
    }

    /** Removes the body for members; returns the version it removed, which the caller keeps. */
    MessageVersion delete(Instant now) {
        MessageVersion previous = supersede(now, MessageVersion.SupersededBy.DELETE);
        body = null;
        deletedAt = now;
        revision++;
        return previous;
    }

    private MessageVersion supersede(Instant now, MessageVersion.SupersededBy how) {
        if (isDeleted()) {
            throw new IllegalStateException("message " + id + " is deleted");
        }
        return new MessageVersion(id, revision, body, editedAt == null ? sentAt : editedAt, now, how);
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getSeq() {
        return seq;
    }

    public long getSenderId() {
        return senderId;
    }

    public String getClientMsgId() {
        return clientMsgId;
    }

    /** The current body; null once deleted. */
    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }
}
