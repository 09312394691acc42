package io.humanlink.web.ws;

import io.humanlink.platform.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.UUID;

/**
 * Reads client frames. Anything that is not a JSON object with a known {@code type} and the fields it needs is a
 * {@link FrameException} (codes {@code malformed-frame}, {@code unknown-type}, {@code invalid-frame}) that names what
 * is wrong; unknown extra fields are ignored. The body's own rules (blank, size) are the chat service's.
 */
final class ClientFrames {

    private ClientFrames() {
    }

    static ClientFrame parse(String text) {
        JsonObject frame = object(text);
        JsonValue type = frame.get("type");
        if (!(type instanceof JsonString typeName)) {
            throw new FrameException("malformed-frame", "A frame needs a \"type\" string.");
        }
        return switch (typeName.getString()) {
            case "send" -> new ClientFrame.Send(conversation(frame), string(frame, "clientMsgId"),
                    string(frame, "body"));
            case "typing" -> new ClientFrame.Typing(conversation(frame));
            case "read" -> new ClientFrame.Read(conversation(frame), count(frame, "seq"));
            case "resume" -> new ClientFrame.Resume(conversation(frame), count(frame, "afterSeq"));
            default -> throw new FrameException("unknown-type", "Unknown frame type \"" + shorten(typeName.getString())
                    + "\"; known: send, typing, read, resume.");
        };
    }

    private static JsonObject object(String text) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonParsingException e) {
            throw new FrameException("malformed-frame", "A frame must be a JSON object: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw new FrameException("malformed-frame", "A frame must be a single JSON object.");
        }
        throw new FrameException("malformed-frame", "A frame must be a JSON object.");
    }

    private static UUID conversation(JsonObject frame) {
        String id = string(frame, "conversationId");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new FrameException("invalid-frame", "\"conversationId\" must be a conversation's id (a UUID).");
        }
    }

    private static String string(JsonObject frame, String field) {
        if (frame.get(field) instanceof JsonString value) {
            return value.getString();
        }
        throw new FrameException("invalid-frame", "\"" + field + "\" must be a string.");
    }

    private static long count(JsonObject frame, String field) {
        if (frame.get(field) instanceof JsonNumber number && number.isIntegral()) {
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
