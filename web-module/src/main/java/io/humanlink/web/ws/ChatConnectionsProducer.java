package io.humanlink.web.ws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Chooses the socket registry at start-up: this JVM's alone, or with the cluster's shared presence. */
@ApplicationScoped
public class ChatConnectionsProducer {

    @Produces
    @ApplicationScoped
    ChatConnections connections(LocalChatConnections local, ChatCluster cluster) {
        return cluster.enabled() ? new ClusterChatConnections(local, cluster) : local;
    }
}
