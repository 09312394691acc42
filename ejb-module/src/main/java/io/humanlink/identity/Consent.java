package io.humanlink.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Proof that an account accepted a given version of a legal document (terms, privacy policy), and when. */
@Entity
@Table(name = "consents")
public class Consent {

    public static final String TERMS = "TERMS";
    public static final String PRIVACY = "PRIVACY";

    @Id
    @SequenceGenerator(name = "consents_seq", sequenceName = "consents_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consents_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String version;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected Consent() {
    }

    public Consent(User user, String kind, String version, Instant acceptedAt) {
        this.user = user;
        this.kind = kind;
        this.version = version;
        this.acceptedAt = acceptedAt;
    }
}
