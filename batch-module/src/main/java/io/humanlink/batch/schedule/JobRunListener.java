package io.humanlink.batch.schedule;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Job listener that logs each execution's start and, at its end, its status, the items it read and wrote (in this
 * execution; a restart counts only what it did itself) and how long it took — the line ops grep for.
 */
@Named("jobRunListener")
@Dependent
public class JobRunListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(JobRunListener.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    JobProgress progress;

    private long startedNanos;

    @Override
    public void beforeJob() {
        startedNanos = System.nanoTime();
        LOG.info(() -> String.format("Batch job %s execution %d starting with %s", jobContext.getJobName(),
                jobContext.getExecutionId(),
                BatchRuntime.getJobOperator().getParameters(jobContext.getExecutionId())));
    }

    @Override
    public void afterJob() {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        ItemCounts items = progress.of(jobContext.getExecutionId()).orElse(new ItemCounts(0, 0));
        // The runtime sets the final batch status after this listener; STARTED here means the steps finished.
        LOG.info(() -> String.format("Batch job %s execution %d ran its steps in %d ms: %d items read, %d written"
                        + " (status while finishing %s, exit status %s)", jobContext.getJobName(),
                jobContext.getExecutionId(), millis, items.read(), items.written(), jobContext.getBatchStatus(),
                jobContext.getExitStatus()));
    }
}
