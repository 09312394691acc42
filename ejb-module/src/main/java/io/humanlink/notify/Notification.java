package io.humanlink.notify;

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
 * A notification waiting in the outbox for delivery (push/email come with the notify issue). Written in the same
 * transaction as what it announces; its dedupe key makes a job that runs twice announce once.
 */
@Entity
@Table(name = "notifications_outbox")
@NamedQuery(name = "Notification.countByDedupeKey",
        query = "select count(n) from Notification n where n.dedupeKey = :key")
public class Notification {

    @Id
    @SequenceGenerator(name = "notifications_outbox_seq", sequenceName = "notifications_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notifications_outbox_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String payload;

    @Column(name = "dedupe_key", nullable = false)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected Notification() {
    }

    public Notification(long userId, String kind, String payload, String dedupeKey, Instant now) {
        this.userId = userId;
        this.kind = kind;
        this.payload = payload;
        this.dedupeKey = dedupeKey;
        this.createdAt = now;
    }
}
