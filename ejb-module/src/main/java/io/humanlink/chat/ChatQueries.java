package io.humanlink.chat;

import io.humanlink.identity.User;
import io.humanlink.identity.UserRepository;
import io.humanlink.platform.DomainException;
import io.humanlink.platform.Page;
import io.humanlink.privacy.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reading the chat over REST: one's conversations (latest activity first, with unread counts and everyone's read
 * marker), a conversation's history page by page (members only, latest revisions), and, for moderators, every version
 * a message had.
 */
@ApplicationScoped
@Transactional
public class ChatQueries {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    @PersistenceContext(unitName = "humanlink")
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    Conversations conversations;

    @Inject
    AuditTrail audit;

    /** One member as a conversation list shows them. */
    public record Member(UUID id, String displayName, long lastReadSeq) {
    }

    /** A conversation in the caller's list; {@code unread} counts others' messages after the caller's marker. */
    public record ConversationSummary(UUID id, ConversationKind kind, Instant createdAt, Instant lastActivityAt,
                                      long lastSeq, long lastReadSeq, long unread, List<Member> members) {
    }

    /** Every version of one message, oldest first; the last one is what members see. */
    public record MessageHistory(UUID conversationId, long seq, UUID senderId, Instant sentAt, List<Revision> revisions) {
    }

    /** One version; {@code body} is null for the deletion, {@code supersededBy} null for the current version. */
    public record Revision(int revision, String body, Instant writtenAt, Instant supersededAt, String supersededBy) {
    }

    /** The caller's conversations, most recent activity first; the cursor is opaque. */
    @SuppressWarnings("unchecked")
    public Page<ConversationSummary> conversationsOf(UUID callerId, int limit, String cursor) {
        User me = users.require(callerId);
        Object[] after = decodeCursor(cursor);
        Query query = em.createNativeQuery("select c.id, c.public_id, c.kind, c.created_at, c.last_activity_at,"
                + " c.last_seq, me.last_read_seq, (select count(*) from messages x where x.conversation_id = c.id"
                + " and x.seq > me.last_read_seq and x.sender_id <> me.user_id and x.deleted_at is null)"
                + " from conversation_members me join conversations c on c.id = me.conversation_id"
                + " where me.user_id = ?"
                + (after == null ? "" : " and (c.last_activity_at < ? or (c.last_activity_at = ? and c.id < ?))")
                + " order by c.last_activity_at desc, c.id desc")
                .setParameter(1, me.getId());
        if (after != null) {
            query.setParameter(2, after[0]).setParameter(3, after[0]).setParameter(4, after[1]);
        }
        List<Object[]> rows = query.setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<Long, List<Member>> members = membersOf(page.stream().map(row -> SqlValues.longOf(row[0])).toList());
        List<ConversationSummary> items = page.stream().map(row -> new ConversationSummary(SqlValues.uuidOf(row[1]),
                ConversationKind.valueOf((String) row[2]), SqlValues.instantOf(row[3]), SqlValues.instantOf(row[4]),
                SqlValues.longOf(row[5]), SqlValues.longOf(row[6]), SqlValues.longOf(row[7]),
                members.getOrDefault(SqlValues.longOf(row[0]), List.of()))).toList();
        String next = null;
        if (more) {
            Object[] last = page.get(page.size() - 1);
            next = encodeCursor(SqlValues.instantOf(last[4]), SqlValues.longOf(last[0]));
        }
        return new Page<>(items, next);
    }

    /**
     * A page of a conversation's messages before {@code before} (null: the latest), newest first. The next page's
     * {@code before} is the lowest seq of this one, given as the page's cursor.
     */
    public Page<ChatMessage> history(UUID callerId, UUID conversationId, Long before, int limit) {
        ConversationAccess conversation = conversations.access(users.require(callerId).getId(), conversationId)
                .orElseThrow(() -> DomainException.notFound("Conversation " + conversationId));
        List<Message> rows = em.createNamedQuery("Message.before", Message.class)
                .setParameter("conversation", conversation.id())
                .setParameter("before", before == null ? Long.MAX_VALUE : before)
                .setMaxResults(limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<Message> page = more ? rows.subList(0, limit) : rows;
        List<ChatMessage> items = page.stream().map(m -> ChatMessage.of(m, conversationId,
                conversation.members().get(m.getSenderId()))).toList();
        return new Page<>(items, more ? Long.toString(page.get(page.size() - 1).getSeq()) : null);
    }

    /** Every version of a message, for a moderator; the reading is recorded in the audit trail. */
    public MessageHistory versions(UUID moderatorId, UUID conversationId, long seq) {
        User moderator = users.require(moderatorId);
        long id = conversations.idOf(conversationId)
                .orElseThrow(() -> DomainException.notFound("Conversation " + conversationId));
        Message message = em.createNamedQuery("Message.bySeq", Message.class)
                .setParameter("conversation", id).setParameter("seq", seq)
                .getResultStream().findFirst().orElseThrow(() -> DomainException.notFound("Message " + seq));
        List<Revision> revisions = new ArrayList<>();
        for (MessageVersion v : em.createNamedQuery("MessageVersion.ofMessage", MessageVersion.class)
                .setParameter("message", message.getId()).getResultList()) {
            revisions.add(new Revision(v.getRevision(), v.getBody(), v.getWrittenAt(), v.getSupersededAt(),
                    v.getSupersededBy().name()));
        }
        Instant currentSince = message.isDeleted() ? message.getDeletedAt()
                : message.getEditedAt() == null ? message.getSentAt() : message.getEditedAt();
        revisions.add(new Revision(message.getRevision(), message.getBody(), currentSince, null, null));
        UUID senderId = conversations.members(id).get(message.getSenderId());
        audit.record(moderator.getId(), "chat.message-versions", "conversation:" + conversationId, "seq " + seq);
        return new MessageHistory(conversationId, seq, senderId, message.getSentAt(), revisions);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, List<Member>> membersOf(List<Long> conversationIds) {
        Map<Long, List<Member>> members = new LinkedHashMap<>();
        if (conversationIds.isEmpty()) {
            return members;
        }
        Query query = em.createNativeQuery("select m.conversation_id, u.public_id, u.display_name, m.last_read_seq"
                + " from conversation_members m join users u on u.id = m.user_id where m.conversation_id in ("
                + SqlValues.placeholders(conversationIds.size()) + ") order by m.conversation_id, m.user_id");
        for (int i = 0; i < conversationIds.size(); i++) {
            query.setParameter(i + 1, conversationIds.get(i));
        }
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            members.computeIfAbsent(SqlValues.longOf(row[0]), id -> new ArrayList<>()).add(new Member(
                    SqlValues.uuidOf(row[1]), (String) row[2], SqlValues.longOf(row[3])));
        }
        return members;
    }

    /** Keyset cursor: the last row's activity time (microseconds, the database's precision) and id. */
    static String encodeCursor(Instant activity, long id) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, activity);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("a:" + micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** {timestamp parameter, id} or null for the first page. */
    static Object[] decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3 || !parts[0].equals("a")) {
                throw new IllegalArgumentException(cursor);
            }
            Instant activity = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            return new Object[] {SqlValues.timestamp(activity), Long.parseLong(parts[2])};
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw DomainException.validation("cursor", "is not a cursor this API issued");
        }
    }
}
