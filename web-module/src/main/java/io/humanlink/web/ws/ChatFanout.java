package io.humanlink.web.ws;

import io.humanlink.chat.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Gets a frame to every open socket of some members, wherever they are connected: this node's sockets directly, the
 * other nodes' through the cluster relay ({@link ChatCluster}, when clustered). Message frames carry their
 * conversation, seq and revision so that a socket answering a resume can hold them back (see
 * {@link ChatConnection#sendMessage}). A relay that is lost is repaired by the client's resume: the database is the
 * record.
 */
@ApplicationScoped
public class ChatFanout {

    /** What goes to whom. {@code exceptSocket} (the sender's own socket, which gets the ack) is skipped. */
    record Delivery(Set<UUID> members, String frame, UUID conversationId, long seq, int revision, boolean message,
                    String exceptSocket) {

        static Delivery message(ChatMessage message, Set<UUID> members, String frame, String exceptSocket) {
            return new Delivery(members, frame, message.conversationId(), message.seq(), message.revision(), true,
                    exceptSocket);
        }

        static Delivery frame(Set<UUID> members, String frame) {
            return new Delivery(members, frame, null, 0, 0, false, null);
        }
    }

    @Inject
    ChatConnections connections;

    @Inject
    ChatCluster cluster;

    void message(ChatMessage message, Set<UUID> members, String exceptSocket) {
        deliver(Delivery.message(message, members, ServerFrames.message(message), exceptSocket));
    }

    void frame(Set<UUID> members, String frame) {
        deliver(Delivery.frame(members, frame));
    }

    void deliver(Delivery delivery) {
        deliverHere(delivery);
        cluster.relay(delivery);
    }

    /** Closes the member's sockets on every node with a policy violation and this reason slug. */
    void close(UUID member, String reason) {
        closeHere(member, reason);
        cluster.relayClose(member, reason);
    }

    /** Closes the member's sockets on this node (also what a relayed close does on arrival). */
    void closeHere(UUID member, String reason) {
        for (ChatConnection socket : List.copyOf(connections.of(member))) {
            socket.close(CloseReason.CloseCodes.VIOLATED_POLICY, reason);
        }
    }

    /** To this node's sockets only (also what a relayed delivery gets on arrival). */
    void deliverHere(Delivery delivery) {
        for (UUID member : delivery.members()) {
            for (ChatConnection socket : connections.of(member)) {
                if (delivery.exceptSocket() != null && delivery.exceptSocket().equals(socket.id())) {
                    continue;
                }
                if (delivery.message()) {
                    socket.sendMessage(delivery.conversationId(), delivery.seq(), delivery.revision(),
                            delivery.frame());
                } else {
                    socket.send(delivery.frame());
                }
            }
        }
    }
}
