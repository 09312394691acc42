package io.humanlink.web.ws;

import io.humanlink.chat.ChatService;
import io.humanlink.chat.ChatSettings;
import io.humanlink.chat.ConversationAccess;
import io.humanlink.chat.MessageWriter;
import io.humanlink.chat.Refusal;
import io.humanlink.chat.Send;
import io.humanlink.chat.SendOutcome;
import io.humanlink.identity.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the chat socket does with each frame (ARCHITECTURE §7). Frames it cannot read, sends it refuses (size, rate,
 * block) and failures get an error frame and the socket stays open; a frame about a conversation the member is not in
 * closes the socket with 1008 (policy violation, reason {@code not-a-member}): a correct client never sends one.
 * An ack is sent only once the message is committed, and carries its seq.
 */
@ApplicationScoped
public class ChatProtocol {

    private static final Logger LOG = Logger.getLogger(ChatProtocol.class.getName());

    @Inject
    ChatAuthenticator authenticator;

    @Inject
    ChatConnections connections;

    @Inject
    ChatPresence presence;

    @Inject
    ChatFanout fanout;

    @Inject
    ChatService chat;

    @Inject
    MessageWriter writer;

    @Inject
    ChatSettings chatSettings;

    @Inject
    ChatSocketSettings socketSettings;

    @Inject
    UserRepository users;

    /** Authenticates the new socket; null (and the socket closed with 1008) when its credentials do not hold. */
    ChatConnection open(Session session) {
        Object credentials = session.getUserProperties().get(ChatHandshake.CREDENTIALS);
        ChatAuthenticator.Result result = authenticator.authenticate(
                credentials instanceof ChatHandshake.Credentials c ? c : null);
        if (result.user() == null) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, result.refusal()));
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "closing an unauthenticated chat socket", e);
            }
            return null;
        }
        ChatConnection connection = new ChatConnection(session, result.user(), socketSettings);
        presence.opened(connection, connections.add(connection));
        // A suspension that committed while this socket was being opened may have closed the member's sockets just
        // before this one was registered (ChatSuspensions): now that it is, look at the account once more.
        if (!users.isActive(result.user().publicId())) {
            connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, ChatSuspensions.REASON);
        }
        return connection;
    }

    void closed(ChatConnection connection) {
        connection.markClosed();
        if (connections.remove(connection)) {
            presence.closed(connection.user());
        }
    }

    void receive(ChatConnection connection, String text) {
        ClientFrame frame;
        try {
            frame = ClientFrames.parse(text);
        } catch (FrameException e) {
            connection.send(ServerFrames.error(e.code(), e.getMessage()));
            return;
        }
        try {
            Optional<ConversationAccess> conversation = connection.conversation(frame.conversationId(),
                    id -> chat.access(connection.user(), id));
            if (conversation.isEmpty()) {
                notAMember(connection);
                return;
            }
            switch (frame) {
                case ClientFrame.Send send -> send(connection, send);
                case ClientFrame.Typing typing -> typing(connection, conversation.get());
                case ClientFrame.Read read -> {
                    if (queryAllowed(connection, read)) {
                        chat.markRead(connection.user(), conversation.get(), read.seq());
                    }
                }
                case ClientFrame.Resume resume -> {
                    if (queryAllowed(connection, resume)) {
                        resume(connection, conversation.get(), resume.afterSeq());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat frame failed for " + connection.user().publicId(), e);
            String clientMsgId = frame instanceof ClientFrame.Send send ? send.clientMsgId() : null;
            connection.send(ServerFrames.error(clientMsgId == null ? "server-error" : "send-failed",
                    "The server could not handle this frame; nothing was stored. Retry (a send with the same"
                            + " clientMsgId is never stored twice).", clientMsgId, frame.conversationId(), null));
        }
    }

    /**
     * Whether a resume or read marker may go now (each costs the database a query or an update); if not, the client
     * gets {@code rate-limited} with the wait, in order with its other replies, and nothing is read or written.
     */
    private static boolean queryAllowed(ChatConnection connection, ClientFrame frame) {
        OptionalLong wait = connection.tryQuery(System.nanoTime());
        if (wait.isEmpty()) {
            return true;
        }
        String refusal = ServerFrames.error("rate-limited", "Too many resume and read frames; wait before sending"
                + " more.", null, frame.conversationId(), wait.getAsLong());
        connection.replyInOrder(CompletableFuture.completedFuture(refusal), (text, failure) -> connection.send(text));
        return false;
    }

    private void send(ChatConnection connection, ClientFrame.Send frame) {
        OptionalLong wait = connection.trySend(System.nanoTime());
        if (wait.isPresent()) {
            String refusal = ServerFrames.error("rate-limited", "Too many messages; wait before sending more.",
                    frame.clientMsgId(), frame.conversationId(), wait.getAsLong());
            connection.replyInOrder(CompletableFuture.completedFuture(refusal), (text, failure) -> connection.send(text));
            return;
        }
        // Group commit: the ack goes out from the writer's thread once the send's batch has committed; meanwhile
        // this socket's next frames are read (the writer keeps one conversation's sends in arrival order).
        CompletableFuture<SendOutcome> stored;
        try {
            stored = writer.send(new Send(connection.user(), frame.conversationId(), frame.clientMsgId(),
                    frame.body(), connection.id()));
        } catch (RuntimeException e) {
            stored = CompletableFuture.failedFuture(e);
        }
        connection.replyInOrder(stored, (outcome, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "chat send failed for " + connection.user().publicId(), failure);
                connection.send(ServerFrames.error("send-failed", "The server could not store this message; nothing"
                        + " was stored. Retry (a send with the same clientMsgId is never stored twice).",
                        frame.clientMsgId(), frame.conversationId(), null));
            } else {
                reply(connection, frame, outcome);
            }
        });
    }

    private void reply(ChatConnection connection, ClientFrame.Send frame, SendOutcome outcome) {
        switch (outcome) {
            case SendOutcome.Accepted accepted -> connection.send(ServerFrames.ack(frame.conversationId(),
                    frame.clientMsgId(), accepted.seq(), accepted.sentAt(), accepted.duplicate()));
            case SendOutcome.Refused refused when refused.refusal() == Refusal.NOT_MEMBER -> notAMember(connection);
            case SendOutcome.Refused refused -> connection.send(ServerFrames.error(refused.refusal().slug(),
                    refused.refusal() == Refusal.TOO_LARGE
                            ? "The message body is larger than " + chatSettings.maxMessageBytes() + " bytes (UTF-8)."
                            : refused.refusal().detail(),
                    frame.clientMsgId(), frame.conversationId(), null));
        }
    }

    private void typing(ChatConnection connection, ConversationAccess conversation) {
        if (!connection.typingDue(conversation.publicId(), System.nanoTime())) {
            return;
        }
        UUID me = connection.user().publicId();
        Set<UUID> others = new HashSet<>(conversation.memberIds());
        others.remove(me);
        if (!others.isEmpty()) {
            fanout.frame(others, ServerFrames.typing(conversation.publicId(), me));
        }
    }

    /**
     * Replays from the database what came after {@code afterSeq}, then every member's read marker, then
     * {@code resumed}. Live messages of the conversation arriving meanwhile are held and merged (see
     * {@link ChatConnection#finishReplay}).
     */
    private void resume(ChatConnection connection, ConversationAccess conversation, long afterSeq) {
        UUID id = conversation.publicId();
        connection.beginReplay(id);
        try {
            ChatService.Replay replay = chat.replay(conversation, afterSeq);
            List<String> frames = replay.messages().stream().map(ServerFrames::message).toList();
            long through = replay.messages().isEmpty() ? afterSeq : replay.messages().getLast().seq();
            List<String> after = new ArrayList<>();
            for (Map.Entry<UUID, Long> marker : replay.readUpTo().entrySet()) {
                if (marker.getValue() > 0) {
                    after.add(ServerFrames.read(id, marker.getKey(), marker.getValue()));
                }
            }
            after.add(ServerFrames.resumed(id, through, replay.more()));
            connection.finishReplay(id, frames, through, replay.more(), after);
        } catch (RuntimeException e) {
            connection.abandonReplay(id);
            throw e;
        }
    }

    private static void notAMember(ChatConnection connection) {
        connection.close(CloseReason.CloseCodes.VIOLATED_POLICY, "not-a-member");
    }
}
