package io.humanlink.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A version of a message that an edit or a deletion replaced, exactly as members saw it then. Written once, never
 * changed (on PostgreSQL a trigger refuses updates and direct deletes): the record moderators read.
 */
@Entity
@Table(name = "message_versions")
@IdClass(MessageVersion.Key.class)
@NamedQuery(name = "MessageVersion.ofMessage",
        query = "select v from MessageVersion v where v.messageId = :message order by v.revision")
public class MessageVersion {

    /** How a version was superseded. */
    public enum SupersededBy { EDIT, DELETE }

    /** The composite key: message id and revision. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long messageId;
        private int revision;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && messageId == key.messageId && revision == key.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, revision);
        }
    }

    @Id
    @Column(name = "message_id")
    private long messageId;

    @Id
    private int revision;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "superseded_at", nullable = false, updatable = false)
    private Instant supersededAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "superseded_by", nullable = false, updatable = false)
    private SupersededBy supersededBy;

    protected MessageVersion() {
    }

    MessageVersion(long messageId, int revision, String body, Instant writtenAt, Instant supersededAt,
                   SupersededBy supersededBy) {
        this.messageId = messageId;
        this.revision = revision;
        this.body = body;
        this.writtenAt = writtenAt;
        this.supersededAt = supersededAt;
        this.supersededBy = supersededBy;
    }

    public long getMessageId() {
        return messageId;
    }

    public int getRevision() {
        return revision;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public SupersededBy getSupersededBy() {
        return supersededBy;
    }
}
