package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.humanlink.client.HumanLinkClient;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forged access tokens are refused. Each forgery starts from the claims of a real token and changes one thing, and
 * {@link #realClaimsSignedWithOurKeyAreAccepted()} shows the unchanged claims do pass: so each refusal is for that one
 * change, not for some claim the forgery lacked.
 */
@HumanLinkIT
class JwtAttackIT {

    private final AppUnderTest app;
    private final HumanLinkClient client;
    private final Accounts accounts;
    private Accounts.SignedIn user;
    private JWTClaimsSet realClaims;
    private String realKeyId;

    JwtAttackIT(AppUnderTest app) {
        this.app = app;
        this.client = app.client();
        this.accounts = new Accounts(app);
    }

    @BeforeEach
    void signIn() throws ParseException {
        user = accounts.signUpAndLogIn();
        SignedJWT real = SignedJWT.parse(user.accessToken());
        realClaims = real.getJWTClaimsSet();
        realKeyId = real.getHeader().getKeyID();
    }

    @Test
    void realClaimsSignedWithOurKeyAreAccepted() {
        String token = sign(realClaims, JWSAlgorithm.RS256, new RSASSASigner(app.privateKey()));

        assertThat(client.me(token).id()).isEqualTo(user.id());
    }

    @Test
    void unsignedAlgNoneTokenIsRejected() {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        String payload = Base64URL.encode(realClaims.toString()).toString();

        assertRejected(header + "." + payload + ".");
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws JOSEException {
        var otherKey = new RSAKeyGenerator(2048).generate();

        assertRejected(sign(realClaims, JWSAlgorithm.RS256, new RSASSASigner(otherKey)));
    }

    @Test
    void hs256TokenKeyedWithOurPublicKeyIsRejected() throws JOSEException {
        MACSigner publicKeyAsSecret = new MACSigner(app.keys().publicPemBytes());

        assertRejected(sign(realClaims, JWSAlgorithm.HS256, publicKeyAsSecret));
    }

    @Test
    void expiredTokenSignedWithOurKeyIsRejected() {
        Instant now = Instant.now();
        JWTClaimsSet expired = new JWTClaimsSet.Builder(realClaims)
                .issueTime(Date.from(now.minus(Duration.ofMinutes(30))))
                .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(30))))
                .expirationTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .build();

        assertRejected(sign(expired, JWSAlgorithm.RS256, new RSASSASigner(app.privateKey())));
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(realClaims).issuer("https://evil.example").build();

        assertRejected(sign(claims, JWSAlgorithm.RS256, new RSASSASigner(app.privateKey())));
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(realClaims).audience("some-other-api").build();

        assertRejected(sign(claims, JWSAlgorithm.RS256, new RSASSASigner(app.privateKey())));
    }

    @Test
    void payloadEditedAfterSigningIsRejected() {
        String[] parts = user.accessToken().split("\\.");
        JWTClaimsSet escalated = new JWTClaimsSet.Builder(realClaims).claim("groups", List.of("USER", "ADMIN"))
                .build();

        assertRejected(parts[0] + "." + Base64URL.encode(escalated.toString()) + "." + parts[2]);
    }

    @Test
    void garbageTokenIsRejected() {
        assertRejected("not.a.jwt");
    }

    private void assertRejected(String token) {
        assertProblem(() -> client.me(token), 401, "unauthorized");
    }

    private String sign(JWTClaimsSet claims, JWSAlgorithm algorithm, JWSSigner signer) {
        JWSHeader header = new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(realKeyId).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
