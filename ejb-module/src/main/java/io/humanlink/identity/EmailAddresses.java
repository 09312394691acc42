package io.humanlink.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per mailbox: trimmed and lower-cased, so "Ana@Example.com " and "ana@example.com" are the same account.
 * (Lower-casing the local part is not RFC-exact, but no mainstream provider distinguishes case, and treating them
 * as different would let one person hold two accounts and two free trials.)
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    // Pragmatic shape check (the mailbox is proven by the verification link, not by a regex).
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddresses() {
    }

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String email) {
        String normalized = normalize(email);
        return normalized != null && normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
    }

    public static String localPart(String email) {
        String normalized = normalize(email);
        int at = normalized.indexOf('@');
        return at < 0 ? normalized : normalized.substring(0, at);
    }
}
