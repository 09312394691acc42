package io.humanlink.batch.matching;

import io.humanlink.matching.FriendPool;
import io.humanlink.matching.MatchingEngine;
import io.humanlink.matching.Seeker;
import io.humanlink.matching.SeekerProposals;
import io.humanlink.matching.SeekerRanking;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Scores a {@link Seeker} against the Friend pool its step's reader loaded, giving their whole new list of proposals
 * (possibly empty: an empty list still replaces stale open proposals). Shared by the nightly and retention jobs.
 * Property {@code rankingOnly} (default false): true gives a {@link SeekerRanking} (the Friends' ids, best first) for a
 * writer that stores who and not why (the nightly sets); otherwise a {@link SeekerProposals}, explained.
 */
@Named("proposalProcessor")
@Dependent
public class ProposalProcessor implements ItemProcessor {

    @Inject
    MatchingEngine engine;

    @Inject
    StepContext stepContext;

    @Inject
    @BatchProperty(name = "rankingOnly")
    String rankingOnlyProperty;

    @Override
    public Object processItem(Object item) {
        Seeker seeker = (Seeker) item;
        FriendPool pool = friendPool();
        return "true".equals(rankingOnlyProperty)
                ? new SeekerRanking(seeker.userId(), engine.rankingFor(seeker, pool))
                : new SeekerProposals(seeker.userId(), engine.proposalsFor(seeker, pool));
    }

    private FriendPool friendPool() {
        if (stepContext.getTransientUserData() instanceof FriendPool pool) {
            return pool;
        }
        throw new IllegalStateException("No Friend pool in step " + stepContext.getStepName()
                + ": the step's reader must load it on open");
    }
}
