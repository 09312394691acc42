package io.humanlink.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AccessTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final UUID SUBJECT = UUID.fromString("6f1c1b0e-6a43-4a77-9a43-52bde7c9f0a1");
    private static KeyPair ours;
    private static KeyPair theirs;

    private final AccessTokenVerifier verifier = verifier();

    @BeforeAll
    static void keys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        ours = generator.generateKeyPair();
        theirs = generator.generateKeyPair();
    }

    private static AccessTokenVerifier verifier() {
        AccessTokenVerifier verifier = new AccessTokenVerifier();
        verifier.publicKeyInline = Optional.of("-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ours.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----");
        verifier.publicKeyLocation = Optional.empty();
        verifier.issuer = "https://humanlink.io";
        verifier.audiences = "humanlink-api, humanlink-other";
        verifier.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        verifier.loadKey();
        return verifier;
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer("https://humanlink.io").audience("humanlink-api")
                .subject(SUBJECT.toString()).issueTime(Date.from(NOW.minusSeconds(30)))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(9))));
    }

    private static String signed(UnaryOperator<JWTClaimsSet.Builder> change, JWSAlgorithm algorithm, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), change.apply(claims()).build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ours(UnaryOperator<JWTClaimsSet.Builder> change) {
        return signed(change, JWSAlgorithm.RS256, new RSASSASigner(ours.getPrivate()));
    }

    @Test
    void ourTokenGivesItsSubjectAndIssueSecond() {
        assertThat(verifier.verify(ours(c -> c))).contains(new AccessTokenVerifier.Verified(SUBJECT,
                NOW.minusSeconds(30).getEpochSecond()));
    }

    @Test
    void anotherKeyAnUnsignedTokenAndAnHmacKeyedWithOurPublicKeyAreRefused() throws JOSEException {
        assertThat(verifier.verify(signed(c -> c, JWSAlgorithm.RS256, new RSASSASigner(theirs.getPrivate()))))
                .isEmpty();
        assertThat(verifier.verify(new PlainJWT(new PlainHeader(), claims().build()).serialize())).isEmpty();
        byte[] publicKeyAsSecret = ours.getPublic().getEncoded();
        assertThat(verifier.verify(signed(c -> c, JWSAlgorithm.HS256, new MACSigner(publicKeyAsSecret)))).isEmpty();
    }

    @Test
    void expiryAllowsAMinuteOfClockSkewAndNoMore() {
        assertThat(verifier.verify(ours(c -> c.expirationTime(Date.from(NOW.minusSeconds(59)))))).isPresent();
        assertThat(verifier.verify(ours(c -> c.expirationTime(Date.from(NOW.minusSeconds(61)))))).isEmpty();
        assertThat(verifier.verify(ours(c -> c.notBeforeTime(Date.from(NOW.plusSeconds(120)))))).isEmpty();
    }

    @Test
    void issuerAudienceSubjectAndIssueTimeMustBeOurs() {
        assertThat(verifier.verify(ours(c -> c.issuer("https://evil.example")))).isEmpty();
        assertThat(verifier.verify(ours(c -> c.audience("someone-else")))).isEmpty();
        assertThat(verifier.verify(ours(c -> c.audience("humanlink-other")))).isPresent();
        assertThat(verifier.verify(ours(c -> c.subject("not-a-uuid")))).isEmpty();
        assertThat(verifier.verify(ours(c -> c.subject(null)))).isEmpty();
        assertThat(verifier.verify(ours(c -> c.issueTime(null)))).isEmpty();
        assertThat(verifier.verify(ours(c -> c.expirationTime(null)))).isEmpty();
    }

    @Test
    void garbageIsRefusedQuietly() {
        assertThat(verifier.verify(null)).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify("a.b.c")).isEmpty();
        assertThat(verifier.verify("x".repeat(10_000))).isEmpty();
    }
}
