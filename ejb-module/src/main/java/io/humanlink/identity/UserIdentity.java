package io.humanlink.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link from an outside provider's stable subject id to one of our accounts; (provider, subject) is unique. */
@Entity
@Table(name = "user_identities")
@NamedQuery(name = "UserIdentity.bySubject",
        query = "select i from UserIdentity i where i.provider = :provider and i.subject = :subject")
public class UserIdentity {

    @Id
    @SequenceGenerator(name = "user_identities_seq", sequenceName = "user_identities_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_identities_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdentityProvider provider;

    @Column(nullable = false)
    private String subject;

    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserIdentity() {
    }

    public UserIdentity(User user, IdentityProvider provider, String subject, String email, Instant now) {
        this.user = user;
        this.provider = provider;
        this.subject = subject;
        this.email = email;
        this.createdAt = now;
    }

    public User getUser() {
        return user;
    }
}
