package io.humanlink.profile;

import io.humanlink.platform.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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

    public static List<WeeklySlot> read(String json) {
        List<WeeklySlot> slots = new ArrayList<>();
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonObject o : array.getValuesAs(JsonObject.class)) {
                slots.add(new WeeklySlot(DayOfWeek.valueOf(o.getString("day")), LocalTime.parse(o.getString("from")),
                        LocalTime.parse(o.getString("to"))));
            }
        }
        return slots;
    }
}
