package io.humanlink.identity;

import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The current terms and privacy versions, and the consent records that prove an account accepted them. */
@ApplicationScoped
public class LegalTerms {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "humanlink.legal.terms-version")
    String termsVersion;

    @Inject
    @ConfigProperty(name = "humanlink.legal.privacy-version")
    String privacyVersion;

    /** Refuses unless the client showed (and the person accepted) the terms in force now. */
    public void requireCurrent(String acceptedTermsVersion) {
        if (!termsVersion.equals(acceptedTermsVersion)) {
            throw DomainException.validation("termsVersion",
                    "must be the current terms version '" + termsVersion + "' the person accepted");
        }
    }

    public void recordAcceptance(User user, Instant now) {
        em.persist(new Consent(user, Consent.TERMS, termsVersion, now));
        em.persist(new Consent(user, Consent.PRIVACY, privacyVersion, now));
    }
}
