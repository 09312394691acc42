package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import io.humanlink.platform.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-up, one's own profile, email verification and password reset. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final String LOCALE_RULE = "must be a BCP 47 language tag such as en or de-AT";

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenService tokens;

    @Inject
    LegalTerms legal;

    @Inject
    Event<AccountEmail> emails;

    @Inject
    LoginThrottler throttler;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "humanlink.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "humanlink.identity.verify-email-ttl", defaultValue = "P2D")
    Duration verifyTtl;

    @Inject
    @ConfigProperty(name = "humanlink.identity.password-reset-ttl", defaultValue = "PT1H")
    Duration resetTtl;

    @Inject
    @ConfigProperty(name = "humanlink.identity.password-reset-cooldown", defaultValue = "PT1M")
    Duration resetCooldown;

    public User signup(SignupCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (!EmailAddresses.isValid(command.email())) {
            errors.add(new FieldError("email", "must be a valid email address"));
        }
        if (command.displayName() == null || command.displayName().isBlank() || command.displayName().strip().length() > 80) {
            errors.add(new FieldError("displayName", "must be 1 to 80 characters"));
        }
        PasswordPolicy.violations(command.password(), command.email())
                .forEach(v -> errors.add(new FieldError("password", v)));
        if (!TimeZones.isValid(command.timeZone())) {
            errors.add(new FieldError("timeZone", "must be an IANA time zone such as Europe/Berlin"));
        }
        if (command.locale() != null && !Locales.isValid(command.locale())) {
            errors.add(new FieldError("locale", LOCALE_RULE));
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        legal.requireCurrent(command.termsVersion());
        String email = EmailAddresses.normalize(command.email());
        if (users.findByEmail(email).isPresent()) {
            throw emailTaken();
        }
        Instant now = clock.instant();
        User user = new User(email, command.displayName().strip(), command.timeZone(),
                command.locale() == null ? "en" : Locales.canonical(command.locale()), now);
        user.setPasswordHash(hasher.hash(command.password()), now);
        users.add(user);
        try {
            em.flush();
        } catch (PersistenceException insertFailed) {
            // Most likely a parallel sign-up with the same email; anything else is not the client's doing.
            if (users.emailExists(email)) {
                throw emailTaken();
            }
            throw insertFailed;
        }
        legal.recordAcceptance(user, now);
        sendVerification(user, now);
        return user;
    }

    public User find(UUID publicId) {
        return users.require(publicId);
    }

    /** Another member as others may see them: a suspended account is not shown, as if it did not exist. */
    public User findMember(UUID publicId) {
        User user = users.require(publicId);
        if (user.isSuspended()) {
            throw DomainException.notFound("User " + publicId);
        }
        return user;
    }

    public User updateProfile(UUID publicId, ProfileChanges changes) {
        if (changes.timeZone() != null && !TimeZones.isValid(changes.timeZone())) {
            throw DomainException.validation("timeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        if (changes.locale() != null && !Locales.isValid(changes.locale())) {
            throw DomainException.validation("locale", LOCALE_RULE);
        }
        User user = users.require(publicId);
        user.updateProfile(changes.displayName() == null ? null : changes.displayName().strip(),
                changes.timeZone(), changes.locale() == null ? null : Locales.canonical(changes.locale()),
                changes.bio(), clock.instant());
        return user;
    }

    public void resendVerification(UUID publicId) {
        User user = users.require(publicId);
        if (user.isEmailVerified() || user.getEmail() == null) {
            return;
        }
        sendVerification(user, clock.instant());
    }

    public void verifyEmail(String token) {
        Instant now = clock.instant();
        OneTimeToken found = find(token, OneTimeToken.Purpose.VERIFY_EMAIL, now);
        spend(found, now);
        found.getUser().markEmailVerified(now);
    }

    /**
     * The emailed link ({@code GET}). Mail scanners and link previews fetch links before the person clicks, so a link
     * already used to verify its (still verified) account answers success again instead of "invalid link".
     */
    public void verifyEmailLink(String token) {
        if (lookUp(token).filter(OneTimeToken::confirmsVerifiedEmail).isPresent()) {
            return;
        }
        verifyEmail(token);
    }

    /**
     * Always succeeds from the caller's view, so it cannot be used to probe which emails have accounts. At most one
     * link per {@code humanlink.identity.password-reset-cooldown}: repeated requests send no more mail and leave the
     * link already sent valid, so nobody can flood a mailbox (or keep invalidating the owner's link). The account row
     * is locked so that parallel requests see each other's link.
     */
    public void requestPasswordReset(String email) {
        users.findByEmailLocked(EmailAddresses.normalize(email)).filter(u -> !u.isSuspended()).ifPresent(user -> {
            Instant now = clock.instant();
            if (issuedSince(user, OneTimeToken.Purpose.RESET_PASSWORD, now.minus(resetCooldown))) {
                return;
            }
            String token = issueOneTimeToken(user, OneTimeToken.Purpose.RESET_PASSWORD, now, resetTtl);
            emails.fire(new AccountEmail(AccountEmail.Kind.RESET_PASSWORD, user.getEmail(), user.getDisplayName(),
                    publicUrl + "/reset-password?token=" + token));
        });
    }

    /**
     * Sets the new password and ends every session and access token: whoever knew the old one is signed out. The
     * account's sign-in throttle is lifted too, so the owner can use the new password at once.
     */
    public void confirmPasswordReset(String token, String newPassword) {
        Instant now = clock.instant();
        OneTimeToken candidate = find(token, OneTimeToken.Purpose.RESET_PASSWORD, now);
        User user = candidate.getUser();
        List<String> violations = PasswordPolicy.violations(newPassword, user.getEmail());
        if (!violations.isEmpty()) {
            throw DomainException.validation(violations.stream().map(v -> new FieldError("newPassword", v)).toList());
        }
        spend(candidate, now);
        user.setPasswordHash(hasher.hash(newPassword), now);
        user.markEmailVerified(now);
        user.revokeAccessTokens(now);
        tokens.revokeAllOf(user);
        throttler.forgetAccount(user.getEmail());
    }

    private void sendVerification(User user, Instant now) {
        String token = issueOneTimeToken(user, OneTimeToken.Purpose.VERIFY_EMAIL, now, verifyTtl);
        emails.fire(new AccountEmail(AccountEmail.Kind.VERIFY_EMAIL, user.getEmail(), user.getDisplayName(),
                publicUrl + "/api/v1/auth/verify-email?token=" + token));
    }

    /** A new link replaces older unused ones of the same purpose. */
    private String issueOneTimeToken(User user, OneTimeToken.Purpose purpose, Instant now, Duration ttl) {
        em.createNamedQuery("OneTimeToken.expireOpen")
                .setParameter("now", now).setParameter("user", user).setParameter("purpose", purpose)
                .executeUpdate();
        String token = SecretTokens.newToken();
        em.persist(new OneTimeToken(user, purpose, SecretTokens.hash(token), now, now.plus(ttl)));
        return token;
    }

    private boolean issuedSince(User user, OneTimeToken.Purpose purpose, Instant since) {
        return em.createNamedQuery("OneTimeToken.countIssuedSince", Long.class)
                .setParameter("user", user).setParameter("purpose", purpose).setParameter("since", since)
                .getSingleResult() > 0;
    }

    /**
     * Marks the token used with one conditional update, so that of two parallel uses exactly one succeeds (the other
     * waits for the first's row lock, then finds it used).
     */
    private void spend(OneTimeToken token, Instant now) {
        int spent = em.createNamedQuery("OneTimeToken.spend")
                .setParameter("now", now).setParameter("id", token.getId())
                .executeUpdate();
        if (spent != 1) {
            throw invalidToken();
        }
    }

    private OneTimeToken find(String token, OneTimeToken.Purpose purpose, Instant now) {
        return lookUp(token).filter(t -> t.isUsableFor(purpose, now)).orElseThrow(AccountService::invalidToken);
    }

    private Optional<OneTimeToken> lookUp(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw invalidToken();
        }
        return em.createNamedQuery("OneTimeToken.byHash", OneTimeToken.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream().findFirst();
    }

    private static DomainException invalidToken() {
        return new DomainException(400, "invalid-token", "Invalid or expired link",
                "This link is invalid, expired or was already used. Ask for a new one.");
    }

    private static DomainException emailTaken() {
        return new DomainException(409, "email-taken", "Email already registered",
                "An account with this email already exists. Sign in or reset your password.");
    }
}
