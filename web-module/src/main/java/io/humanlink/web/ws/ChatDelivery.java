package io.humanlink.web.ws;

import io.humanlink.chat.ChatEvent;
import io.humanlink.chat.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Hands committed chat events to the members' open sockets on this node, only after the commit (so nobody sees a
 * message that was rolled back). A new message goes to every socket of every member except the one it came from,
 * which gets the ack; edits, deletions and read markers go to all of them. The cluster relay will observe the same
 * events; a relay that is lost is repaired by the client's resume, since the database is the record.
 */
@ApplicationScoped
public class ChatDelivery {

    @Inject
    ChatConnections connections;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvent event) {
        switch (event) {
            case ChatEvent.MessagePosted posted -> message(posted.message(), posted, posted.origin());
            case ChatEvent.MessageRevised revised -> message(revised.message(), revised, null);
            case ChatEvent.ReadAdvanced read -> {
                String frame = ServerFrames.read(read.conversationId(), read.readerId(), read.seq());
                for (UUID member : read.members()) {
                    connections.of(member).forEach(socket -> socket.send(frame));
                }
            }
        }
    }

    private void message(ChatMessage message, ChatEvent event, String origin) {
        String frame = ServerFrames.message(message);
        for (UUID member : event.members()) {
            for (ChatConnection socket : connections.of(member)) {
                if (!socket.id().equals(origin)) {
                    socket.sendMessage(message.conversationId(), message.seq(), message.revision(), frame);
                }
            }
        }
    }
}
