package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Password sign-in. Unknown email and wrong password give the same answer after the same work, so the endpoint does
 * not reveal which emails have accounts. Every attempt is first reserved against the per-account and per-address
 * throttles ({@link LoginThrottler}) and settled once the password is checked.
 * <p>
 * Deliberately not transactional: PBKDF2 takes a noticeable fraction of a second, and holding a pooled database
 * connection (or a row lock) through it would let a burst of sign-ins exhaust the pool. The throttle bookkeeping and
 * the token issuing each run in a short transaction of their own.
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

    public TokenPair login(String email, String password, String clientAddress) {
        String normalized = EmailAddresses.normalize(email);
        Instant reservedAt = bookkeeping("reserve", () -> throttler.reserve(normalized, clientAddress));
        Optional<User> found = users.findByEmail(normalized);
        boolean matches = hasher.verify(password, found.map(User::getPasswordHash).orElse(null));
        if (!matches) {
            // Already counted by the reservation.
            throw new DomainException(401, "invalid-credentials", "Invalid credentials",
                    "The email or password is not correct.");
        }
        bookkeeping("settle", () -> {
            throttler.settleSuccess(normalized, clientAddress, reservedAt);
            return null;
        });
        User user = found.orElseThrow();
        if (user.isSuspended()) {
            throw new DomainException(403, "account-suspended", "Account suspended",
                    "This account is suspended. Contact support.");
        }
        return tokens.issueFor(user);
    }

    /**
     * Runs a throttle write, once more if it fails (two first attempts for one key race on inserting its row; the
     * retry finds the row). Refusals (429) pass through. If the retry fails too, the failure is logged and the
     * sign-in goes on unthrottled this once: broken bookkeeping must not turn every sign-in into a 500.
     */
    private static <T> T bookkeeping(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException first) {
            rethrowRefusal(first);
            LOG.log(Level.FINE, "retrying login throttle " + what, first);
            try {
                return write.get();
            } catch (RuntimeException second) {
                rethrowRefusal(second);
                LOG.log(Level.WARNING, "login throttle " + what + " failed twice; this attempt goes unthrottled",
                        second);
                return null;
            }
        }
    }

    /** A refusal (429) is an answer, not a bookkeeping failure, even if a transaction interceptor wrapped it. */
    private static void rethrowRefusal(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException refusal) {
                throw refusal;
            }
        }
    }
}
