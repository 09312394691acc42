package io.humanlink.web.ws;

import java.util.Collection;
import java.util.UUID;

/**
 * Who is connected, and through which sockets: the registry delivery and presence read. This JVM's sockets only for
 * now ({@link LocalChatConnections}); a cluster-wide implementation (Hazelcast) replaces it without touching callers,
 * answering {@link #isOnline} for the whole cluster while {@link #of} stays local (remote sockets are reached by relay).
 */
public interface ChatConnections {

    /** Registers a socket; true when it is the member's first one (they just came online). */
    boolean add(ChatConnection connection);

    /** Unregisters a socket; true when it was the member's last one (they just went offline). */
    boolean remove(ChatConnection connection);

    /** The member's sockets on this node (none when offline here). */
    Collection<ChatConnection> of(UUID userId);

    boolean isOnline(UUID userId);
}
