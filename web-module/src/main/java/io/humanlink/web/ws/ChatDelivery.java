package io.humanlink.web.ws;

import io.humanlink.chat.ChatEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands committed chat events to the members' open sockets, only after the commit (so nobody sees a message that was
 * rolled back): on this node directly, on the others through the cluster relay ({@link ChatFanout}). A new message
 * goes to every socket of every member except the one it came from, which gets the ack; edits, deletions and read
 * markers go to all of them. A relay that is lost is repaired by the client's resume, since the database is the
 * record.
 */
@ApplicationScoped
public class ChatDelivery {

    @Inject
    ChatFanout fanout;

    void deliver(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvent event) {
        switch (event) {
            case ChatEvent.MessagesPosted posted -> posted.messages().forEach(
                    message -> fanout.message(message.message(), message.members(), message.origin()));
            case ChatEvent.MessageRevised revised -> fanout.message(revised.message(), revised.members(), null);
            case ChatEvent.ReadAdvanced read -> fanout.frame(read.members(),
                    ServerFrames.read(read.conversationId(), read.readerId(), read.seq()));
        }
    }
}
