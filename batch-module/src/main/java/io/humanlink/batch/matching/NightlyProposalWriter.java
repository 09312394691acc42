package io.humanlink.batch.matching;

import io.humanlink.batch.schedule.JobParameters;
import io.humanlink.matching.MatchSource;
import io.humanlink.matching.ProposalWriter;
import io.humanlink.matching.SeekerRanking;
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
 * Stores each seeker's new ranking as their proposal set (source NIGHTLY, dated the run date) in place of their previous
 * one, in the chunk's transaction: one compact row per seeker, which becomes their explained open matches when they
 * next look. Replacing is what makes a rerun or a restart of the same run date end with the same sets.
 */
@Named("nightlyProposalWriter")
@Dependent
public class NightlyProposalWriter extends AbstractItemWriter {

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
        proposals.storeProposalSets(items.stream().map(SeekerRanking.class::cast).toList(), MatchSource.NIGHTLY,
                runDate);
    }
}
