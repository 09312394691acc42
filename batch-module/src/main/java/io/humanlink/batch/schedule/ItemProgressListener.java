package io.humanlink.batch.schedule;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.ItemReadListener;
import jakarta.batch.api.chunk.listener.ItemWriteListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Step listener that counts items into {@link JobProgress} as chunks go, so ops see a running job move. In a
 * partition the job context belongs to the partition's internal sub-job, so a partitioned step passes the top-level
 * execution id in as property {@code executionId} ({@code #{partitionPlan['executionId']}}); without it the job
 * context's id is used.
 */
@Named("itemProgressListener")
@Dependent
public class ItemProgressListener implements ItemReadListener, ItemWriteListener {

    @Inject
    JobContext jobContext;

    @Inject
    JobProgress progress;

    @Inject
    @BatchProperty(name = "executionId")
    String executionIdProperty;

    private long executionId = -1;

    @Override
    public void beforeRead() {
    }

    @Override
    public void afterRead(Object item) {
        if (item != null) {
            progress.read(executionId(), 1);
        }
    }

    @Override
    public void onReadError(Exception e) {
    }

    @Override
    public void beforeWrite(List<Object> items) {
    }

    @Override
    public void afterWrite(List<Object> items) {
        progress.written(executionId(), items.size());
    }

    @Override
    public void onWriteError(List<Object> items, Exception e) {
    }

    private long executionId() {
        if (executionId < 0) {
            executionId = JobParameters.longValue(executionIdProperty, jobContext.getExecutionId(), "executionId");
        }
        return executionId;
    }
}
