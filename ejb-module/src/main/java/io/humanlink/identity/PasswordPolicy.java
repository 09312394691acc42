package io.humanlink.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B in spirit: length over composition, no known-common passwords, nothing
 * derived from the account's own email). Returns every broken rule at once so the client can show them together.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword1",
            "qwerty", "qwerty123", "qwertyuiop", "qwerty1234", "1q2w3e4r5t", "1qaz2wsx3edc", "123456789a",
            "iloveyou1", "iloveyou123", "welcome1", "welcome123", "admin123", "administrator", "letmein123",
            "abc123456", "abcdef1234", "football1", "baseball1", "sunshine1", "princess1", "monkey123", "dragon123",
            "trustno1", "changeme1", "changeme123", "humanlink1", "humanlink123", "superman1", "starwars1",
            "master123", "zaq12wsx", "michael123", "charlie123", "shadow123", "1234567890", "0123456789",
            "12345678910", "11111111111", "aaaaaaaaaa", "asdfghjkl1", "asdf123456");

    private PasswordPolicy() {
    }

    /** The broken rules, empty when the password is acceptable. */
    public static List<String> violations(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("is required");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            problems.add("must be at most " + MAX_LENGTH + " characters long");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            problems.add("must contain a letter and a digit or symbol");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            problems.add("is too common");
        }
        if (email != null && !email.isBlank()) {
            String local = EmailAddresses.localPart(email);
            if (local.length() >= 3 && lower.contains(local)) {
                problems.add("must not contain your email address");
            }
        }
        return problems;
    }
}
