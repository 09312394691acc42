package io.humanlink.web.api.platform;

import io.humanlink.batch.schedule.BatchJob;
import io.humanlink.batch.schedule.JobOperations;
import io.humanlink.identity.Role;
import io.humanlink.platform.DomainException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Ops control of the batch jobs (nightly matching, retention re-match): recent executions with progress, start,
 * stop and restart. Managers and admins only. Refusals by the batch runtime are problems a client can act on: an
 * unknown job or execution is 404, an execution in the wrong state 409, bad parameters 400.
 */
@Path("/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "admin")
public class AdminJobResource {

    static final int RECENT_EXECUTIONS = 10;

    @Inject
    JobOperations operations;

    @Inject
    Clock clock;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Operation(summary = "Every batch job with its last executions (newest first) and their progress")
    public JobsResponse jobs() {
        return new JobsResponse(Arrays.stream(BatchJob.values())
                .map(job -> new JobResponse(job.jobName(), operations.recentExecutions(job, RECENT_EXECUTIONS)
                        .stream().map(this::view).toList()))
                .toList());
    }

    @POST
    @Path("/{name}/start")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start a new execution; parameters runDate (yyyy-MM-dd), chunkSize, partitions (nightly)")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StartJobRequest.class)))
    public Response start(@PathParam("name") String name, String body) {
        BatchJob job = BatchJob.byName(name).orElseThrow(() -> DomainException.notFound("Batch job '" + name + "'"));
        long executionId = operations.start(job, StartJobRequest.parse(body).parameters());
        return accepted(executionId);
    }

    @GET
    @Path("/executions/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Operation(summary = "One execution with its status and progress")
    public JobExecutionResponse execution(@PathParam("id") long id) {
        return view(operations.execution(id));
    }

    @POST
    @Path("/executions/{id}/stop")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stop a running execution after its current chunk (it ends STOPPED and can be restarted)")
    public Response stop(@PathParam("id") long id) {
        operations.stop(id);
        return Response.accepted(view(operations.execution(id))).build();
    }

    @POST
    @Path("/executions/{id}/restart")
    @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Restart a stopped or failed execution from its last checkpoint, as a new execution")
    public Response restart(@PathParam("id") long id) {
        return accepted(operations.restart(id));
    }

    private Response accepted(long executionId) {
        return Response.accepted(view(operations.execution(executionId)))
                .location(uriInfo.getBaseUriBuilder().path(AdminJobResource.class).path("executions/{id}")
                        .build(executionId))
                .build();
    }

    private JobExecutionResponse view(JobExecution execution) {
        return JobExecutionResponse.of(execution, operations.itemCounts(execution), clock.instant());
    }
}
