package io.humanlink.identity;

/** What sign-up needs; validated by {@link AccountService#signup}. */
public record SignupCommand(String email, String password, String displayName, String timeZone, String locale,
                            String termsVersion) {
}
