package io.humanlink.web.ws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sockets of this JVM, by member. "First" and "last" are decided atomically per member. The registry on its own
 * when not clustered; inside {@link ClusterChatConnections} when clustered ({@link ChatConnectionsProducer}).
 */
@ApplicationScoped
@Typed(LocalChatConnections.class)
public class LocalChatConnections implements ChatConnections {

    private final Map<UUID, Set<ChatConnection>> byUser = new ConcurrentHashMap<>();

    @Override
    public boolean add(ChatConnection connection) {
        boolean[] first = new boolean[1];
        byUser.compute(connection.user().publicId(), (user, sockets) -> {
            Set<ChatConnection> set = sockets == null ? ConcurrentHashMap.newKeySet() : sockets;
            first[0] = set.isEmpty();
            set.add(connection);
            return set;
        });
        return first[0];
    }

    @Override
    public boolean remove(ChatConnection connection) {
        boolean[] last = new boolean[1];
        byUser.computeIfPresent(connection.user().publicId(), (user, sockets) -> {
            last[0] = sockets.remove(connection) && sockets.isEmpty();
            return sockets.isEmpty() ? null : sockets;
        });
        return last[0];
    }

    @Override
    public Collection<ChatConnection> of(UUID userId) {
        Set<ChatConnection> sockets = byUser.get(userId);
        // A read-only view, not a copy: every delivery asks for each member's sockets, and iterating the concurrent set
        // is safe while sockets come and go (one that opens meanwhile may or may not be included).
        return sockets == null ? List.of() : Collections.unmodifiableSet(sockets);
    }

    @Override
    public boolean isOnline(UUID userId) {
        Set<ChatConnection> sockets = byUser.get(userId);
        return sockets != null && !sockets.isEmpty();
    }
}
