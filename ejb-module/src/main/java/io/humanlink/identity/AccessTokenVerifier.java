package io.humanlink.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies our access tokens where MicroProfile JWT does not run: the WebSocket handshake. Same key and the same
 * rules as MP-JWT is configured with ({@code mp.jwt.verify.*}): RS256 only, our signature, our issuer, one of our
 * audiences, not expired (a minute's leeway for clocks), a UUID subject and an issue time. Whether the account may
 * still use the token (active, not revoked since) is the caller's second check, as for every API request.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKeyInline;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audiences;

    @Inject
    Clock clock;

    private RSASSAVerifier verifier;
    private List<String> acceptedAudiences;

    /** A token that passed: whose it is, and when it was issued (whole seconds, as {@code iat}). */
    public record Verified(UUID subject, long issuedAtEpochSecond) {
    }

    @PostConstruct
    void loadKey() {
        String pem = publicKeyInline.filter(s -> !s.isBlank()).orElseGet(() -> read(publicKeyLocation
                .filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                        "mp.jwt.verify.publickey.location (or mp.jwt.verify.publickey) is required"))));
        verifier = new RSASSAVerifier(parsePublicKey(pem));
        acceptedAudiences = Arrays.stream(audiences.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Optional<Verified> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 8192) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            return accepted(jwt.getJWTClaimsSet(), clock.instant());
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Verified> accepted(JWTClaimsSet claims, Instant now) {
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        Date notBefore = claims.getNotBeforeTime();
        if (expires == null || issued == null || claims.getSubject() == null
                || !now.isBefore(expires.toInstant().plus(CLOCK_SKEW))
                || (notBefore != null && now.plus(CLOCK_SKEW).isBefore(notBefore.toInstant()))
                || !issuer.equals(claims.getIssuer())
                || claims.getAudience() == null || claims.getAudience().stream().noneMatch(acceptedAudiences::contains)) {
            return Optional.empty();
        }
        return Optional.of(new Verified(UUID.fromString(claims.getSubject()), issued.toInstant().getEpochSecond()));
    }

    /** A {@code file:}/{@code http(s):} URL, or a resource on the class path (MP-JWT accepts both). */
    private static String read(String location) {
        try (InputStream in = location.contains(":") ? URI.create(location).toURL().openStream()
                : AccessTokenVerifier.class.getClassLoader().getResourceAsStream(location.replaceFirst("^/", ""))) {
            if (in == null) {
                throw new IOException("no such resource");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the JWT verification key from " + location
                    + " (set MP_JWT_VERIFY_PUBLICKEY_LOCATION to a file: URL)", e);
        }
    }

    /** A PEM public key (SubjectPublicKeyInfo), or its base64 body alone. */
    static RSAPublicKey parsePublicKey(String pem) {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("the JWT verification key is not an RSA public key in PEM form", e);
        }
    }
}
