package io.humanlink.batch.matching;

import io.humanlink.matching.FriendPool;
import io.humanlink.matching.MatchingEngine;
import io.humanlink.matching.Seeker;
import io.humanlink.matching.SeekerProposals;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Scores a {@link Seeker} against the Friend pool its step's reader loaded, giving their whole new list of proposals
 * (possibly empty: an empty list still replaces stale open proposals). Shared by the nightly and retention jobs.
 */
@Named("proposalProcessor")
@Dependent
public class ProposalProcessor implements ItemProcessor {

    @Inject
    MatchingEngine engine;

    @Inject
    StepContext stepContext;

    @Override
    public Object processItem(Object item) {
        Seeker seeker = (Seeker) item;
        return new SeekerProposals(seeker.userId(), engine.proposalsFor(seeker, friendPool()));
    }

    private FriendPool friendPool() {
        if (stepContext.getTransientUserData() instanceof FriendPool pool) {
            return pool;
        }
        throw new IllegalStateException("No Friend pool in step " + stepContext.getStepName()
                + ": the step's reader must load it on open");
    }
}
