package io.humanlink.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
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
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs access tokens (RS256) that MicroProfile JWT verifies on every request. Issuer and audience are read from the
 * very keys MP-JWT verifies against ({@code mp.jwt.verify.*}), so the two sides cannot drift apart.
 */
@ApplicationScoped
public class AccessTokenIssuer {

    static final Duration MAX_TTL = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "humanlink.jwt.private-key-location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audiences;

    @Inject
    @ConfigProperty(name = "humanlink.jwt.access-token-ttl", defaultValue = "PT10M")
    Duration ttl;

    @Inject
    Clock clock;

    private RSASSASigner signer;

    @PostConstruct
    void loadKey() {
        if (ttl.compareTo(MAX_TTL) > 0 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalStateException("humanlink.jwt.access-token-ttl must be between 1 s and 15 min, was " + ttl);
        }
        signer = new RSASSASigner(readPrivateKey(privateKeyLocation));
    }

    public String issue(User user, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audiences.split(",")[0].strip())
                .subject(user.getPublicId().toString())
                .claim("upn", user.getPublicId().toString())
                .claim("groups", user.getRoles().stream().map(Enum::name).sorted().toList())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
        return jwt.serialize();
    }

    public long ttlSeconds() {
        return ttl.toSeconds();
    }

    public Instant now() {
        return clock.instant();
    }

    private static PrivateKey readPrivateKey(String location) {
        try (InputStream in = URI.create(location).toURL().openStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            if (!pem.contains("BEGIN PRIVATE KEY")) {
                throw new IllegalStateException("JWT signing key at " + location + " must be a PKCS#8 PEM");
            }
            String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read JWT signing key from " + location
                    + " (set HUMANLINK_JWT_PRIVATE_KEY_LOCATION to a file: URL)", e);
        }
    }
}
