package io.humanlink.identity;

import io.humanlink.identity.google.GoogleIdTokenVerifier;
import io.humanlink.identity.x.XOAuthClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Sign-in with Google (ID token) and X (OAuth 2.0 code + PKCE). Deliberately not transactional: the providers are
 * called over HTTP, and no connection or row lock may be held meanwhile. The X state is spent in a short transaction
 * first ({@link OAuthStates}), X is called outside any transaction, and the account is linked and tokens issued in a
 * new one ({@link ExternalAccountLinker}).
 */
@ApplicationScoped
public class ExternalSignInService {

    @Inject
    GoogleIdTokenVerifier google;

    @Inject
    XOAuthClient x;

    @Inject
    OAuthStates states;

    @Inject
    ExternalAccountLinker linker;

    public TokenPair signInWithGoogle(String idToken, String termsVersion) {
        return linker.signIn(google.verify(idToken), termsVersion);
    }

    public XAuthorization startXSignIn() {
        OAuthStates.Issued issued = states.issue(IdentityProvider.X);
        return new XAuthorization(x.authorizationUrl(issued.state(), challengeOf(issued.codeVerifier())),
                issued.state(), issued.binding());
    }

    /** The state counts as spent once bound and known, even when X then refuses the code. */
    public TokenPair completeXSignIn(String code, String state, String binding, String termsVersion) {
        String codeVerifier = states.spend(IdentityProvider.X, state, binding);
        return linker.signIn(x.exchange(code, codeVerifier), termsVersion);
    }

    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
