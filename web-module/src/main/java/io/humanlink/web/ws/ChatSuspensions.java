package io.humanlink.web.ws;

import io.humanlink.identity.AccountSuspended;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Closes a suspended account's chat sockets, on every node, once the suspension is committed (1008,
 * {@value #REASON}). A socket is authenticated once, at its handshake: without this, someone suspended while
 * connected would go on reading and writing until they disconnected.
 */
@ApplicationScoped
public class ChatSuspensions {

    static final String REASON = "account-suspended";

    @Inject
    ChatFanout fanout;

    void closeSockets(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountSuspended suspended) {
        fanout.close(suspended.userId(), REASON);
    }
}
