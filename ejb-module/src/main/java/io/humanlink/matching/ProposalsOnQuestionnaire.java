package io.humanlink.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Someone who just answered the questionnaire should not wait for the nightly job: once their answers are committed,
 * their proposals are computed in a transaction of their own (a failure here is logged; the nightly job catches up).
 */
@ApplicationScoped
public class ProposalsOnQuestionnaire {

    private static final Logger LOG = Logger.getLogger(ProposalsOnQuestionnaire.class.getName());

    @Inject
    MatchService matches;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void propose(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonalityProfileSaved saved) {
        try {
            matches.proposeNow(saved.userId(), MatchSource.ON_DEMAND);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not propose matches for user " + saved.userId() + " right away", e);
        }
    }
}
