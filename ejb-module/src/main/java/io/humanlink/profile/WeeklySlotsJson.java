package io.humanlink.profile;

import io.humanlink.platform.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The stored form of weekly slots: {@code [{"day":"MONDAY","from":"18:00","to":"21:00"}, ...]}. */
public final class WeeklySlotsJson {

    private WeeklySlotsJson() {
    }

    public static String write(List<WeeklySlot> slots) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        for (WeeklySlot slot : slots) {
            array.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("day", slot.day().name())
                    .add("from", slot.from().toString())
                    .add("to", slot.to().toString()));
        }
        return array.build().toString();
    }

    /**
     * Reads the stored form. The nightly matching job reads one per seeker, every seeker, every night, so this walks
     * the JSON as a stream of events (no object tree) and reads the written {@code HH:mm} times directly; anything
     * else {@link LocalTime#parse} accepts still reads.
     */
    public static List<WeeklySlot> read(String json) {
        List<WeeklySlot> slots = new ArrayList<>();
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new StringReader(json))) {
            expect(parser, JsonParser.Event.START_ARRAY);
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                if (event != JsonParser.Event.START_OBJECT) {
                    throw new IllegalArgumentException("weekly slots: expected an object, found " + event);
                }
                slots.add(slot(parser));
            }
        }
        return slots;
    }

    private static WeeklySlot slot(JsonParser parser) {
        String day = null;
        String from = null;
        String to = null;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            expect(parser, JsonParser.Event.VALUE_STRING);
            switch (key) {
                case "day" -> day = parser.getString();
                case "from" -> from = parser.getString();
                case "to" -> to = parser.getString();
                default -> { }
            }
        }
        if (day == null || from == null || to == null) {
            throw new IllegalArgumentException("weekly slots: a slot needs day, from and to");
        }
        return new WeeklySlot(DayOfWeek.valueOf(day), clockTime(from), clockTime(to));
    }

    /** {@code HH:mm} as written, without the formatter machinery; other ISO forms through {@link LocalTime#parse}. */
    static LocalTime clockTime(String text) {
        if (text.length() == 5 && text.charAt(2) == ':') {
            int hour = twoDigits(text, 0);
            int minute = twoDigits(text, 3);
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        return LocalTime.parse(text);
    }

    private static int twoDigits(String text, int at) {
        char tens = text.charAt(at);
        char ones = text.charAt(at + 1);
        return tens >= '0' && tens <= '9' && ones >= '0' && ones <= '9' ? (tens - '0') * 10 + (ones - '0') : -1;
    }

    private static void expect(JsonParser parser, JsonParser.Event wanted) {
        JsonParser.Event event = parser.next();
        if (event != wanted) {
            throw new IllegalArgumentException("weekly slots: expected " + wanted + ", found " + event);
        }
    }
}
