package io.humanlink.batch.matching;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import java.io.Serializable;
import java.util.Properties;

/** Minimal job and step contexts for testing batch artifacts without a batch runtime. */
final class BatchContexts {

    private BatchContexts() {
    }

    static final class Step implements StepContext {
        Object transientUserData;
        Serializable persistentUserData;

        @Override
        public String getStepName() {
            return "test-step";
        }

        @Override
        public Object getTransientUserData() {
            return transientUserData;
        }

        @Override
        public void setTransientUserData(Object data) {
            transientUserData = data;
        }

        @Override
        public long getStepExecutionId() {
            return 1;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public Serializable getPersistentUserData() {
            return persistentUserData;
        }

        @Override
        public void setPersistentUserData(Serializable data) {
            persistentUserData = data;
        }

        @Override
        public BatchStatus getBatchStatus() {
            return BatchStatus.STARTED;
        }

        @Override
        public String getExitStatus() {
            return null;
        }

        @Override
        public void setExitStatus(String status) {
        }

        @Override
        public Exception getException() {
            return null;
        }

        @Override
        public Metric[] getMetrics() {
            return new Metric[0];
        }
    }

    static final class Job implements JobContext {
        final long executionId;

        Job(long executionId) {
            this.executionId = executionId;
        }

        @Override
        public String getJobName() {
            return "nightly-matching";
        }

        @Override
        public Object getTransientUserData() {
            return null;
        }

        @Override
        public void setTransientUserData(Object data) {
        }

        @Override
        public long getInstanceId() {
            return 1;
        }

        @Override
        public long getExecutionId() {
            return executionId;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public BatchStatus getBatchStatus() {
            return BatchStatus.STARTED;
        }

        @Override
        public String getExitStatus() {
            return null;
        }

        @Override
        public void setExitStatus(String status) {
        }
    }
}
