package io.humanlink.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hourly, deletes identity rows that can no longer matter: expired OAuth states, sign-in throttles that have been quiet
 * longer than they are remembered (and block nothing), and emailed links that expired over a week ago (kept that long
 * so a late click still finds its row and support can tell "expired" from "never sent"). Non-persistent timer: a
 * missed hour is simply done the next hour; on a cluster every node runs it, which is harmless (plain deletes).
 */
@Stateless
public class IdentityHousekeeping {

    private static final Logger LOG = Logger.getLogger(IdentityHousekeeping.class.getName());
    static final Duration SPENT_LINK_RETENTION = Duration.ofDays(7);

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "humanlink.login.throttle.forget-after", defaultValue = "PT1H")
    Duration forgetAfter;

    @Schedule(hour = "*", minute = "17", persistent = false, info = "identity housekeeping")
    void purgeExpired() {
        Instant now = clock.instant();
        int states = em.createNamedQuery("OAuthState.deleteExpired").setParameter("now", now).executeUpdate();
        int throttles = em.createNamedQuery("LoginThrottle.deleteQuiet")
                .setParameter("quietSince", now.minus(forgetAfter)).setParameter("now", now).executeUpdate();
        int links = em.createNamedQuery("OneTimeToken.deleteExpiredBefore")
                .setParameter("cutoff", now.minus(SPENT_LINK_RETENTION)).executeUpdate();
        LOG.fine(() -> "Identity housekeeping deleted " + states + " OAuth states, " + throttles + " throttles, "
                + links + " expired links");
    }
}
