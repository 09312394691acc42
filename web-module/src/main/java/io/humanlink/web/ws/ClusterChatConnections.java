package io.humanlink.web.ws;

import java.util.Collection;
import java.util.UUID;

/**
 * The registry when clustered: this node's sockets ({@link LocalChatConnections}) plus the shared presence of
 * {@link ChatCluster}. "First" and "last" are cluster-wide: a member comes online with their first socket on any node
 * and goes offline with their last one anywhere. {@link #of} stays local; other nodes' sockets are reached by relay.
 */
final class ClusterChatConnections implements ChatConnections {

    private final LocalChatConnections local;
    private final ChatCluster cluster;

    ClusterChatConnections(LocalChatConnections local, ChatCluster cluster) {
        this.local = local;
        this.cluster = cluster;
    }

    @Override
    public boolean add(ChatConnection connection) {
        return local.add(connection) && cluster.cameOnlineHere(connection.user().publicId());
    }

    @Override
    public boolean remove(ChatConnection connection) {
        return local.remove(connection) && cluster.wentOfflineHere(connection.user().publicId());
    }

    @Override
    public Collection<ChatConnection> of(UUID userId) {
        return local.of(userId);
    }

    @Override
    public boolean isOnline(UUID userId) {
        return local.isOnline(userId) || cluster.onlineAnywhere(userId);
    }
}
