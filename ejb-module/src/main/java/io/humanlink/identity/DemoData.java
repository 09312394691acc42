package io.humanlink.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds demo accounts (documented in the README) when {@code humanlink.demo.enabled} is true, once per database: an
 * admin, a manager, three approved Friends and three users, all with verified emails, so a newcomer can sign in at once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    record DemoAccount(String email, String name, String password, Set<Role> roles, String timeZone) {
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@humanlink.dev", "Ada Admin", "HumanLink-admin-2026", Set.of(Role.ADMIN), "UTC"),
            new DemoAccount("manager@humanlink.dev", "Max Manager", "HumanLink-manager-2026", Set.of(Role.MANAGER),
                    "Europe/Berlin"),
            new DemoAccount("ana.friend@humanlink.dev", "Ana", "HumanLink-friend-2026", Set.of(Role.FRIEND),
                    "Europe/Lisbon"),
            new DemoAccount("ben.friend@humanlink.dev", "Ben", "HumanLink-friend-2026", Set.of(Role.FRIEND),
                    "America/New_York"),
            new DemoAccount("chloe.friend@humanlink.dev", "Chloe", "HumanLink-friend-2026", Set.of(Role.FRIEND),
                    "Asia/Singapore"),
            new DemoAccount("alex@humanlink.dev", "Alex", "HumanLink-user-2026", Set.of(), "Europe/London"),
            new DemoAccount("sam@humanlink.dev", "Sam", "HumanLink-user-2026", Set.of(), "America/Los_Angeles"),
            new DemoAccount("kim@humanlink.dev", "Kim", "HumanLink-user-2026", Set.of(), "Asia/Seoul"));

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    LegalTerms legal;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "humanlink.demo.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void seed() {
        if (!enabled || users.findByEmail(ACCOUNTS.get(0).email()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        for (DemoAccount demo : ACCOUNTS) {
            User user = new User(demo.email(), demo.name(), demo.timeZone(), "en", now);
            user.setPasswordHash(hasher.hash(demo.password()), now);
            user.markEmailVerified(now);
            user.replaceRoles(demo.roles(), now);
            users.add(user);
            legal.recordAcceptance(user, now);
            if (demo.roles().contains(Role.FRIEND)) {
                FriendApplication application = new FriendApplication(user, "Demo Friend, approved at seeding.", now);
                em.persist(application);
                application.approve(user, "demo data", now);
            }
        }
        LOG.info(() -> "Seeded " + ACCOUNTS.size() + " demo accounts (see README).");
    }
}
