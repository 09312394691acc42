package io.humanlink.chat;

import io.humanlink.identity.AccountAccess;
import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * What a connected member does in the chat: send (checked here, stored by {@link MessageStore}; a socket's sends go
 * through {@link MessageWriter#send}), mark read, resume
 * from a seq, edit and delete their own messages; plus the facts a connection needs (who the member is, which
 * conversations they are in, whom their presence concerns). Only members reach a conversation.
 */
@ApplicationScoped
@Transactional
public class ChatService {

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    Conversations conversations;

    @Inject
    MessageStore store;

    @Inject
    ChatSettings settings;

    @Inject
    Event<ChatEvent> events;

    /** What a resume sends back: the messages after the seq asked for (at most the configured number) and markers. */
    public record Replay(List<ChatMessage> messages, boolean more, long lastSeq, Map<UUID, Long> readUpTo) {
    }

    /**
     * The chat identity of an account whose access token was issued at {@code issuedAtEpochSecond}, under the same rules
     * as every API request: the account exists, is active, and its tokens were not revoked after that token was issued.
     */
    public Optional<ChatUser> authenticate(UUID publicId, long issuedAtEpochSecond) {
        return users.findByPublicId(publicId)
                .filter(user -> new AccountAccess(user.getStatus(), user.getTokensValidAfter())
                        .judge(issuedAtEpochSecond) == AccountAccess.Verdict.ALLOWED)
                .map(ChatService::chatUser);
    }

    /** The member behind a REST request (whose account the request filter has already checked). */
    public ChatUser member(UUID publicId) {
        return chatUser(users.require(publicId));
    }

    static ChatUser chatUser(User user) {
        return new ChatUser(user.getId(), user.getPublicId());
    }

    public Optional<ConversationAccess> access(ChatUser user, UUID conversationId) {
        return conversations.access(user.id(), conversationId);
    }

    /** Everyone who shares a conversation with the user: the people their online/offline status is shown to. */
    @SuppressWarnings("unchecked")
    public Set<UUID> contactsOf(ChatUser user) {
        List<Object> rows = em.createNativeQuery("select distinct u.public_id from conversation_members me"
                        + " join conversation_members other on other.conversation_id = me.conversation_id"
                        + " and other.user_id <> me.user_id join users u on u.id = other.user_id where me.user_id = ?")
                .setParameter(1, user.id()).getResultList();
        Set<UUID> contacts = new HashSet<>();
        rows.forEach(row -> contacts.add(SqlValues.uuidOf(row)));
        return contacts;
    }

    /**
     * Checks each send (body and clientMsgId), stores the good ones in one transaction and returns one outcome per
     * send, in order. When this returns, the accepted messages are committed.
     */
    public List<SendOutcome> send(List<Send> sends) {
        MessageRules rules = rules();
        List<SendOutcome> outcomes = new ArrayList<>();
        List<Send> valid = new ArrayList<>();
        for (Send send : sends) {
            Optional<Refusal> refusal = rules.check(send.clientMsgId(), send.body());
            if (refusal.isPresent()) {
                outcomes.add(new SendOutcome.Refused(send, refusal.get()));
            } else {
                outcomes.add(null);  // filled in from the store's outcomes below
                valid.add(send);
            }
        }
        if (!valid.isEmpty()) {
            List<SendOutcome> stored = store.appendAll(valid);
            for (int i = 0, next = 0; i < outcomes.size(); i++) {
                if (outcomes.get(i) == null) {
                    outcomes.set(i, stored.get(next++));
                }
            }
        }
        return outcomes;
    }

    /**
     * Moves the reader's marker forward to {@code seq} (never past the last message, never back). Returns the new
     * marker when it moved; the other members hear of it after the commit.
     */
    public OptionalLong markRead(ChatUser reader, ConversationAccess conversation, long seq) {
        long last = lastSeq(conversation.id());
        long upTo = Math.min(seq, last);
        int moved = em.createNativeQuery("update conversation_members set last_read_seq = ? where conversation_id = ?"
                        + " and user_id = ? and last_read_seq < ?")
                .setParameter(1, upTo).setParameter(2, conversation.id()).setParameter(3, reader.id())
                .setParameter(4, upTo).executeUpdate();
        if (moved == 0) {
            return OptionalLong.empty();
        }
        events.fire(new ChatEvent.ReadAdvanced(conversation.publicId(), reader.publicId(), upTo,
                conversation.memberIds()));
        return OptionalLong.of(upTo);
    }

    /** The messages after {@code afterSeq} from the database, oldest first, and every member's read marker. */
    public Replay replay(ConversationAccess conversation, long afterSeq) {
        int limit = settings.resumeMaxMessages();
        List<Message> rows = em.createNamedQuery("Message.after", Message.class)
                .setParameter("conversation", conversation.id()).setParameter("after", Math.max(0, afterSeq))
                .setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<ChatMessage> messages = rows.subList(0, Math.min(rows.size(), limit)).stream()
                .map(m -> ChatMessage.of(m, conversation.publicId(), conversation.members().get(m.getSenderId())))
                .toList();
        return new Replay(messages, more, lastSeq(conversation.id()), readMarkers(conversation));
    }

    /** Edits one's own message (REST); the replaced version is kept for moderation. */
    public ChatMessage edit(UUID editorId, UUID conversationId, long seq, String body) {
        rules().checkBody(body).ifPresent(refusal -> {
            throw DomainException.validation("body", refusal == Refusal.TOO_LARGE
                    ? "must be at most " + settings.maxMessageBytes() + " bytes (UTF-8)"
                    : "must not be blank");
        });
        return store.edit(member(editorId), conversationId, seq, body);
    }

    /** Deletes one's own message for members (REST); its text is kept for moderation. */
    public ChatMessage delete(UUID editorId, UUID conversationId, long seq) {
        return store.delete(member(editorId), conversationId, seq);
    }

    public MessageRules rules() {
        return new MessageRules(settings.maxMessageBytes());
    }

    private long lastSeq(long conversationId) {
        return SqlValues.longOf(em.createNativeQuery("select last_seq from conversations where id = ?")
                .setParameter(1, conversationId).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Long> readMarkers(ConversationAccess conversation) {
        List<Object[]> rows = em.createNativeQuery("select user_id, last_read_seq from conversation_members"
                        + " where conversation_id = ? order by user_id")
                .setParameter(1, conversation.id()).getResultList();
        Map<UUID, Long> markers = new LinkedHashMap<>();
        for (Object[] row : rows) {
            markers.put(conversation.members().get(SqlValues.longOf(row[0])), SqlValues.longOf(row[1]));
        }
        return markers;
    }
}
