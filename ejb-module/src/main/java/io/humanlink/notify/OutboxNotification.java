package io.humanlink.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notification waiting in the outbox: written in the same transaction as the change it tells about, delivered
 * later by the notify context once {@code dueAt} has passed. The dedupe key makes a repeated write of the same fact
 * impossible (unique in the table). The recipient's user id is not a foreign key (checking it locked the user's row
 * for every notification queued, see migration V9): writers take it from a user they have just read; whatever one day
 * removes a user must remove their undelivered notifications, and delivery must skip a recipient who no longer
 * exists.
 */
@Entity
@Table(name = "notifications_outbox")
public class OutboxNotification {

    @Id
    @SequenceGenerator(name = "notifications_outbox_seq", sequenceName = "notifications_outbox_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notifications_outbox_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "dedupe_key", nullable = false, updatable = false)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxNotification() {
    }

    OutboxNotification(long userId, String kind, String payload, String dedupeKey, Instant now, Instant dueAt) {
        this.userId = userId;
        this.kind = kind;
        this.payload = payload;
        this.dedupeKey = dedupeKey;
        this.createdAt = now;
        this.dueAt = dueAt;
    }

    public String getKind() {
        return kind;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
