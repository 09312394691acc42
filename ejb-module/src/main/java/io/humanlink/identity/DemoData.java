package io.humanlink.identity;

import io.humanlink.platform.RuntimeProfile;
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
 * Their passwords are public, so it seeds only under the dev and test profiles, whatever the flag says: a flag left on
 * (or set by mistake) in production must not open admin accounts to anyone who read the README.
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
    RuntimeProfile profile;

    @Inject
    @ConfigProperty(name = "humanlink.demo.enabled", defaultValue = "false")
    boolean enabled;

    /** Whether demo accounts may be seeded under {@code profileName}. */
    static boolean allowedIn(String profileName) {
        return RuntimeProfile.isDevOrTest(profileName);
    }

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        if (!allowedIn(profile.name())) {
            LOG.warning(() -> "humanlink.demo.enabled is true, but demo accounts are seeded only under the dev and test"
                    + " profiles (this is '" + profile.name() + "'); not seeding.");
            return;
        }
        if (users.findByEmail(ACCOUNTS.get(0).email()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        User admin = null;
        for (DemoAccount demo : ACCOUNTS) {
            User user = new User(demo.email(), demo.name(), demo.timeZone(), "en", now);
            user.setPasswordHash(hasher.hash(demo.password()), now);
            user.markEmailVerified(now);
            user.replaceRoles(demo.roles(), now);
            users.add(user);
            legal.recordAcceptance(user, now);
            if (admin == null && demo.roles().contains(Role.ADMIN)) {
                admin = user;
            }
            if (demo.roles().contains(Role.FRIEND)) {
                FriendApplication application = new FriendApplication(user, "Demo Friend, approved at seeding.", now);
                em.persist(application);
                // Nobody decides on their own application; the demo admin (listed first) approves.
                application.approve(admin, "demo data", now);
            }
        }
        LOG.info(() -> "Seeded " + ACCOUNTS.size() + " demo accounts (see README).");
    }
}
