package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Password sign-in. Unknown email and wrong password give the same answer after the same work, so the endpoint does
 * not reveal which emails have accounts; failures feed the per-account and per-address throttles.
 */
@ApplicationScoped
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottler throttler;

    @Inject
    TokenService tokens;

    @Transactional
    public TokenPair login(String email, String password, String clientAddress) {
        String normalized = EmailAddresses.normalize(email);
        throttler.ensureAllowed(normalized, clientAddress);
        Optional<User> found = users.findByEmail(normalized);
        boolean matches = hasher.verify(password, found.map(User::getPasswordHash).orElse(null));
        if (!matches) {
            recordFailure(normalized, clientAddress);
            throw new DomainException(401, "invalid-credentials", "Invalid credentials",
                    "The email or password is not correct.");
        }
        User user = found.orElseThrow();
        if (user.isSuspended()) {
            throw new DomainException(403, "account-suspended", "Account suspended",
                    "This account is suspended. Contact support.");
        }
        throttler.clearAccount(normalized);
        return tokens.issueFor(user);
    }

    private void recordFailure(String normalizedEmail, String clientAddress) {
        // Two first failures for one key at once may race on inserting its row; the retry finds the row.
        retryOnce(() -> throttler.recordAccountFailure(normalizedEmail));
        retryOnce(() -> throttler.recordAddressFailure(clientAddress));
    }

    private static void retryOnce(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException first) {
            LOG.log(Level.FINE, "retrying throttle write", first);
            write.run();
        }
    }
}
