package io.humanlink.batch.retention;

import io.humanlink.batch.schedule.JobParameters;
import io.humanlink.matching.MatchSource;
import io.humanlink.matching.ProposalWriter;
import io.humanlink.matching.RetentionCandidates;
import io.humanlink.matching.SeekerProposals;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * In the chunk's transaction: ends the accepted matches whose Friend left, then replaces each user's open proposals
 * with the new ones (source RETENTION, dated the run date). Both commit together with the checkpoint, so a restart
 * never sees a user half re-matched.
 */
@Named("retentionProposalWriter")
@Dependent
public class RetentionProposalWriter extends AbstractItemWriter {

    @Inject
    RetentionCandidates candidates;

    @Inject
    ProposalWriter proposals;

    @Inject
    Clock clock;

    @Inject
    @BatchProperty(name = "runDate")
    String runDateProperty;

    private LocalDate runDate;

    @Override
    public void open(Serializable checkpoint) {
        runDate = JobParameters.runDate(runDateProperty, clock);
    }

    @Override
    public void writeItems(List<Object> items) {
        List<SeekerProposals> batch = items.stream().map(SeekerProposals.class::cast).toList();
        candidates.endMatchesWhoseFriendLeft(batch.stream().map(SeekerProposals::userId).toList(), clock.instant());
        proposals.replaceProposals(batch, MatchSource.RETENTION, runDate);
    }
}
