package io.humanlink.web.platform;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Binds JSON numbers to {@link Integer} fields only when they are whole numbers in range: Yasson on its own wraps
 * 4294967300 to 4 and truncates 30.7 to 30, which would silently change what a client asked for. Anything else fails
 * the binding, which the API answers with a 400 problem.
 */
public final class StrictIntegers implements JsonbDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonParser.Event event = parser.currentEvent();
        if (event == JsonParser.Event.VALUE_NULL) {
            return null;
        }
        if (event != JsonParser.Event.VALUE_NUMBER) {
            throw new JsonbException("Expected a whole number, got " + event);
        }
        try {
            return parser.getBigDecimal().intValueExact();
        } catch (ArithmeticException e) {
            throw new JsonbException("Expected a whole number between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE + ", got " + parser.getBigDecimal(), e);
        }
    }
}
