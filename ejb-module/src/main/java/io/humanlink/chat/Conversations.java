package io.humanlink.chat;

import io.humanlink.identity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Opens conversations for the things that have one (a booked session now; matches and events with chat). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Conversations {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    Clock clock;

    public Conversation open(ConversationKind kind, List<User> members) {
        Conversation conversation = new Conversation(kind, members, clock.instant());
        em.persist(conversation);
        return conversation;
    }
}
