package io.humanlink.web.api.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.client.TokenPair;
import io.humanlink.client.UserView;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sign-in with a Google ID token. WireMock serves "Google's" JWKS with a key made here; one key for the whole class,
 * published before the first test, so a server that caches the JWKS sees a single, stable key set.
 */
@HumanLinkIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleSignInIT {

    private static final String CLIENT_ID = "humanlink-google-client";

    private final AppUnderTest app;
    private final HumanLinkClient client;
    private final Accounts accounts;
    private final RSAKey googleKey;

    GoogleSignInIT(AppUnderTest app) throws JOSEException {
        this.app = app;
        this.client = app.client();
        this.accounts = new Accounts(app);
        this.googleKey = new RSAKeyGenerator(2048).keyID("google-it-" + UUID.randomUUID()).generate();
    }

    @BeforeAll
    void publishGoogleKeys() {
        app.wireMock().stubFor(get(urlPathEqualTo("/google/oauth2/v3/certs"))
                .willReturn(okJson(new JWKSet(googleKey.toPublicJWK()).toString())
                        .withHeader("Cache-Control", "public, max-age=300")));
    }

    @Test
    void newGoogleUserGetsAnAccountWithAVerifiedEmail() {
        String email = Accounts.uniqueEmail();

        TokenPair tokens = client.signInWithGoogle(idToken(email, newSubject(), claims -> claims),
                Accounts.TERMS_VERSION);

        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        UserView me = client.me(tokens.accessToken());
        assertThat(me.email()).isEqualTo(email);
        assertThat(me.emailVerified()).isTrue();
        assertThat(me.roles()).containsExactly("USER");
        assertThat(client.refresh(tokens.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void sameGoogleAccountSignsInToTheSameUser() {
        String email = Accounts.uniqueEmail();
        String subject = newSubject();
        String first = client.me(signIn(idToken(email, subject, claims -> claims)).accessToken()).id();

        String second = client.me(signIn(idToken(email, subject, claims -> claims)).accessToken()).id();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void existingVerifiedPasswordAccountWithTheSameEmailIsLinked() {
        Accounts.SignedIn passwordUser = accounts.signUpVerifiedAndLogIn();

        TokenPair google = signIn(idToken(passwordUser.email(), newSubject(), claims -> claims));

        assertThat(client.me(google.accessToken()).id()).isEqualTo(passwordUser.id());
        assertThat(client.login(passwordUser.email(), passwordUser.password()).accessToken()).isNotBlank();
    }

    @Test
    void issuerWithoutSchemeIsAccepted() {
        String email = Accounts.uniqueEmail();

        TokenPair tokens = signIn(idToken(email, newSubject(), claims -> claims.issuer("accounts.google.com")));

        assertThat(client.me(tokens.accessToken()).email()).isEqualTo(email);
    }

    @Test
    void tokenForAnotherClientIsRejected() {
        assertRejected(idToken(Accounts.uniqueEmail(), newSubject(),
                claims -> claims.audience("someone-elses-client").claim("azp", "someone-elses-client")));
    }

    @Test
    void expiredTokenIsRejected() {
        Instant now = Instant.now();
        assertRejected(idToken(Accounts.uniqueEmail(), newSubject(),
                claims -> claims.issueTime(Date.from(now.minus(Duration.ofHours(2))))
                        .expirationTime(Date.from(now.minus(Duration.ofHours(1))))));
    }

    @Test
    void unverifiedGoogleEmailIsRejected() {
        assertRejected(idToken(Accounts.uniqueEmail(), newSubject(), claims -> claims.claim("email_verified", false)));
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        assertRejected(idToken(Accounts.uniqueEmail(), newSubject(),
                claims -> claims.issuer("https://accounts.evil.example")));
    }

    @Test
    void tokenSignedByAnUnknownKeyIsRejected() throws JOSEException {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("stranger-" + UUID.randomUUID()).generate();

        assertRejected(sign(stranger, claims(Accounts.uniqueEmail(), newSubject()).build()));
    }

    @Test
    void tokenSignedByAnUnknownKeyUsingAKnownKeyIdIsRejected() throws JOSEException {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(googleKey.getKeyID()).generate();

        assertRejected(sign(impostor, claims(Accounts.uniqueEmail(), newSubject()).build()));
    }

    private void assertRejected(String idToken) {
        assertProblem(() -> client.signInWithGoogle(idToken, Accounts.TERMS_VERSION), 401, "invalid-google-token");
    }

    private TokenPair signIn(String idToken) {
        return client.signInWithGoogle(idToken, Accounts.TERMS_VERSION);
    }

    private String idToken(String email, String subject, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(googleKey, change.apply(claims(email, subject)).build());
    }

    /** Claims as Google puts them in an ID token for our client. */
    private static JWTClaimsSet.Builder claims(String email, String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(CLIENT_ID)
                .claim("azp", CLIENT_ID)
                .subject(subject)
                .claim("email", email)
                .claim("email_verified", true)
                .claim("name", "Gia Google")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Google subjects are long decimal numbers. */
    private static String newSubject() {
        return Long.toString(100_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(800_000_000_000_000_000L));
    }
}
