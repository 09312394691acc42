package io.humanlink.web.ws;

import io.humanlink.platform.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Reads client frames. Anything that is not a JSON object with a known {@code type} and the fields it needs is a
 * {@link FrameException} (codes {@code malformed-frame}, {@code unknown-type}, {@code invalid-frame}) that names what
 * is wrong; unknown extra fields are ignored (a field given twice counts with its last value). The body's own rules
 * (blank, size) are the chat service's.
 * <p>
 * The frame is read with the streaming parser, keeping only its top-level strings and numbers: every chat message
 * arrives as one of these, and building a JSON object tree for each cost more than the rest of reading it.
 */
final class ClientFrames {

    /** A top-level value that is neither a string nor a number (object, array, boolean, null). */
    private static final Object OTHER = new Object();

    private ClientFrames() {
    }

    static ClientFrame parse(String text) {
        Map<String, Object> frame = fields(text);
        if (!(frame.get("type") instanceof String type)) {
            throw new FrameException("malformed-frame", "A frame needs a \"type\" string.");
        }
        return switch (type) {
            case "send" -> new ClientFrame.Send(conversation(frame), string(frame, "clientMsgId"),
                    string(frame, "body"));
            case "typing" -> new ClientFrame.Typing(conversation(frame));
            case "read" -> new ClientFrame.Read(conversation(frame), count(frame, "seq"));
            case "resume" -> new ClientFrame.Resume(conversation(frame), count(frame, "afterSeq"));
            default -> throw new FrameException("unknown-type", "Unknown frame type \"" + shorten(type)
                    + "\"; known: send, typing, read, resume.");
        };
    }

    /** The object's top-level fields: strings as String, numbers as BigDecimal, anything else as {@link #OTHER}. */
    private static Map<String, Object> fields(String text) {
        Map<String, Object> fields = new HashMap<>(8);
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new StringReader(text))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new FrameException("malformed-frame", "A frame must be a JSON object.");
            }
            JsonParser.Event event;
            while ((event = parser.next()) == JsonParser.Event.KEY_NAME) {
                String name = parser.getString();
                fields.put(name, switch (parser.next()) {
                    case VALUE_STRING -> parser.getString();
                    case VALUE_NUMBER -> parser.getBigDecimal();
                    case START_OBJECT -> {
                        parser.skipObject();
                        yield OTHER;
                    }
                    case START_ARRAY -> {
                        parser.skipArray();
                        yield OTHER;
                    }
                    default -> OTHER;
                });
            }
            if (event != JsonParser.Event.END_OBJECT || parser.hasNext()) {  // hasNext: nothing may follow
                throw new FrameException("malformed-frame", "A frame must be a single JSON object.");
            }
        } catch (JsonParsingException e) {
            throw new FrameException("malformed-frame", "A frame must be a JSON object: " + e.getMessage());
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new FrameException("malformed-frame", "A frame must be a single JSON object.");
        }
        return fields;
    }

    private static UUID conversation(Map<String, Object> frame) {
        String id = string(frame, "conversationId");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new FrameException("invalid-frame", "\"conversationId\" must be a conversation's id (a UUID).");
        }
    }

    private static String string(Map<String, Object> frame, String field) {
        if (frame.get(field) instanceof String value) {
            return value;
        }
        throw new FrameException("invalid-frame", "\"" + field + "\" must be a string.");
    }

    private static long count(Map<String, Object> frame, String field) {
        if (frame.get(field) instanceof BigDecimal number && number.scale() == 0) {
            try {
                long value = number.longValueExact();
                if (value >= 0) {
                    return value;
                }
            } catch (ArithmeticException tooLarge) {
                // falls through to the same answer as a negative number
            }
        }
        throw new FrameException("invalid-frame", "\"" + field + "\" must be a whole number, 0 or more.");
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
