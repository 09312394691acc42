package io.humanlink.web.api.matching;

import io.humanlink.platform.Jsonp;
import io.humanlink.matching.Match;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A match as its user sees it, with "why we matched you": the top reasons and the score's parts; once accepted, the
 * pair's conversation (null before).
 */
public record MatchResponse(UUID id, Person friend, String status, double score, int rank, List<String> reasons,
                            List<Component> breakdown, String source, Instant createdAt, Instant decidedAt,
                            Instant endedAt, UUID conversationId) {

    public record Person(UUID id, String displayName) {
    }

    public record Component(String name, double value, double weight, double points) {
    }

    static MatchResponse of(Match m) {
        return new MatchResponse(m.getPublicId(), new Person(m.getFriend().getPublicId(), m.getFriend().getDisplayName()),
                m.getStatus().name(), m.getScore(), m.getRank(), reasons(m.getReasonsJson()),
                components(m.getBreakdownJson()), m.getSource().name(), m.getCreatedAt(), m.getDecidedAt(),
                m.getEndedAt(), m.getConversation() == null ? null : m.getConversation().getPublicId());
    }

    private static List<String> reasons(String json) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }

    private static List<Component> components(String json) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(json))) {
            JsonArray parts = reader.readObject().getJsonArray("components");
            return parts.getValuesAs(JsonObject.class).stream()
                    .map(o -> new Component(o.getString("name"), o.getJsonNumber("value").doubleValue(),
                            o.getJsonNumber("weight").doubleValue(), o.getJsonNumber("points").doubleValue()))
                    .toList();
        }
    }
}
