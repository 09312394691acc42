package io.humanlink.identity.google;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.humanlink.identity.ExternalAccount;
import io.humanlink.identity.IdentityProvider;
import io.humanlink.platform.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies a Google ID token as Google documents it: RS256 signature by a key from Google's JWKS (fetched and cached
 * by nimbus), {@code iss} is Google, {@code aud} is our client id, not expired, and the email is verified.
 */
@ApplicationScoped
public class GoogleIdTokenVerifier {

    private static final Logger LOG = Logger.getLogger(GoogleIdTokenVerifier.class.getName());

    @Inject
    @ConfigProperty(name = "humanlink.google.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "humanlink.google.jwks-url", defaultValue = "https://www.googleapis.com/oauth2/v3/certs")
    String jwksUrl;

    @Inject
    @ConfigProperty(name = "humanlink.google.issuers", defaultValue = "https://accounts.google.com,accounts.google.com")
    List<String> issuers;

    private DefaultJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(URI.create(jwksUrl).toURL()).retrying(true).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("humanlink.google.jwks-url is not a URL: " + jwksUrl, e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId, null,
                Set.of("iss", "sub", "aud", "exp", "iat", "email")));
    }

    public ExternalAccount verify(String idToken) {
        if (idToken == null || idToken.isBlank() || idToken.length() > 8192) {
            throw invalid("No Google ID token was given.");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (Exception e) {
            LOG.log(Level.FINE, "Google ID token refused", e);
            throw invalid("The Google ID token could not be verified.");
        }
        if (!issuers.contains(claims.getIssuer())) {
            throw invalid("The token was not issued by Google.");
        }
        if (!Boolean.TRUE.equals(claimAsBoolean(claims, "email_verified"))) {
            throw invalid("Google has not verified this email address.");
        }
        return new ExternalAccount(IdentityProvider.GOOGLE, claims.getSubject(), (String) claims.getClaim("email"),
                (String) claims.getClaim("name"));
    }

    /** Google sends email_verified as a boolean, older tokens as the string "true". */
    private static Boolean claimAsBoolean(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    private static DomainException invalid(String detail) {
        return new DomainException(401, "invalid-google-token", "Google sign-in failed", detail);
    }
}
