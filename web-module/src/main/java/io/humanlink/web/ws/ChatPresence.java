package io.humanlink.web.ws;

import io.humanlink.chat.ChatService;
import io.humanlink.chat.ChatUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/**
 * Online/offline of the people one shares a conversation with ("contacts"). A new socket is told which contacts are
 * online; a member's first socket makes them online for their contacts, their last one offline. Contacts are read
 * from the database each time, so a conversation opened meanwhile counts.
 */
@ApplicationScoped
public class ChatPresence {

    @Inject
    ChatConnections connections;

    @Inject
    ChatService chat;

    @Inject
    ChatFanout fanout;

    void opened(ChatConnection connection, boolean first) {
        ChatUser user = connection.user();
        Set<UUID> contacts = chat.contactsOf(user);
        for (UUID contact : contacts) {
            if (connections.isOnline(contact)) {
                connection.send(ServerFrames.presence(contact, true));
            }
        }
        if (first) {
            tell(contacts, ServerFrames.presence(user.publicId(), true));
        }
    }

    void closed(ChatUser user) {
        tell(chat.contactsOf(user), ServerFrames.presence(user.publicId(), false));
    }

    /** To the contacts' sockets on every node. */
    private void tell(Set<UUID> contacts, String frame) {
        if (!contacts.isEmpty()) {
            fanout.frame(contacts, frame);
        }
    }
}
