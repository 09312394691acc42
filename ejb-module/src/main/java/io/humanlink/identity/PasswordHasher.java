package io.humanlink.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA256, iterations from config). The stored form carries its
 * own parameters, so raising the iteration count later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    @ConfigProperty(name = "humanlink.password.pbkdf2-iterations", defaultValue = "210000")
    int iterations;

    /** Verified against when the account is unknown, so both answers take the same time (no user enumeration). */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoyHash = pbkdf2.generate("decoy-password-never-matches".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /** False for a missing hash too, after spending the same effort as a real check. */
    public boolean verify(String password, String storedHash) {
        if (password == null) {
            return false;
        }
        if (storedHash == null) {
            pbkdf2.verify(password.toCharArray(), decoyHash);
            return false;
        }
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }
}
