package io.humanlink.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One free trial per person: the first user to start a trial with an email address (normalised: lower case, without a
 * "+tag") or a card (the provider's card fingerprint) claims it; only hashes are kept. A claim by another user means
 * no second trial.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TrialClaims {

    /** What a trial is claimed by. */
    public enum Kind { EMAIL, CARD }

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims {@code value} for {@code userId} unless someone else holds it; returns whether the user holds it now. A
     * parallel claim of the same value surfaces as a unique-key conflict (retried by the client).
     */
    public boolean claim(Kind kind, String value, long userId) {
        String hash = hash(kind, value);
        List<?> holders = em.createNativeQuery("select user_id from trial_claims where kind = ? and value_hash = ?")
                .setParameter(1, kind.name()).setParameter(2, hash).getResultList();
        if (!holders.isEmpty()) {
            return ((Number) holders.get(0)).longValue() == userId;
        }
        em.createNativeQuery("insert into trial_claims (kind, value_hash, user_id, claimed_at) values (?, ?, ?, ?)")
                .setParameter(1, kind.name()).setParameter(2, hash).setParameter(3, userId)
                .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        return true;
    }

    static String normalise(Kind kind, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (kind == Kind.EMAIL) {
            int at = v.lastIndexOf('@');
            int plus = v.indexOf('+');
            if (at > 0 && plus >= 0 && plus < at) {
                v = v.substring(0, plus) + v.substring(at);
            }
        }
        return v;
    }

    private static String hash(Kind kind, String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalise(kind, value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
