package io.humanlink.web.ws;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat socket, {@code /ws/chat}: one instance per socket, whose frames the container delivers one at a time.
 * Handshake checks are {@link ChatHandshake}'s, the frames {@link ChatProtocol}'s. A text frame over
 * {@link #MAX_FRAME_BYTES} is closed by the container with 1009 (too big); a message body over the configured limit
 * (far below it) only gets an error frame.
 */
@ServerEndpoint(value = "/ws/chat", configurator = ChatHandshake.class)
public class ChatEndpoint {

    static final int MAX_FRAME_BYTES = 65536;

    private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());

    @Inject
    ChatProtocol protocol;

    private volatile ChatConnection connection;

    @OnOpen
    public void open(Session session) {
        connection = protocol.open(session);
    }

    @OnMessage(maxMessageSize = MAX_FRAME_BYTES)
    public void text(String frame) {
        if (connection != null) {
            protocol.receive(connection, frame);
        }
    }

    @OnMessage(maxMessageSize = 1024)
    public void binary(ByteBuffer frame) {
        if (connection != null) {
            connection.send(ServerFrames.error("malformed-frame", "Frames are JSON text; binary frames are not read."));
        }
    }

    @OnClose
    public void close(Session session, CloseReason reason) {
        if (connection != null) {
            protocol.closed(connection);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        if (failure instanceof IOException) {
            LOG.log(Level.FINE, "chat socket " + session.getId() + " failed", failure);
        } else {
            LOG.log(Level.WARNING, "chat socket " + session.getId() + " failed", failure);
        }
    }
}
