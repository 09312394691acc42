package io.humanlink.web.ws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code chat-cluster} in {@code /health/ready}: whether this node is clustered, how many members it sees and whether
 * the grid has settled (no partition migrating, all backed up). Never
 * down for a missing peer (a lone node still serves its own sockets); operators and tests read the member count.
 */
@Readiness
@ApplicationScoped
public class ChatClusterHealth implements HealthCheck {

    @Inject
    ChatCluster cluster;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("chat-cluster").up().withData("clustered", cluster.enabled());
        if (cluster.enabled()) {
            try {
                response.withData("members", cluster.members()).withData("node", cluster.nodeId())
                        .withData("settled", cluster.settled());
            } catch (RuntimeException e) {
                return HealthCheckResponse.named("chat-cluster").down()
                        .withData("error", e.getClass().getSimpleName()).build();
            }
        }
        return response.build();
    }
}
