package io.humanlink.web.api.platform;

import java.util.List;

/** Every batch job ops may run. */
public record JobsResponse(List<JobResponse> jobs) {
}
