package io.humanlink.web.api.platform;

import java.util.List;

/** A batch job with its most recent executions, newest first. */
public record JobResponse(String name, List<JobExecutionResponse> lastExecutions) {
}
