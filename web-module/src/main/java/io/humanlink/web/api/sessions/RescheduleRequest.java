package io.humanlink.web.api.sessions;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /sessions/{id}/reschedule}: the new start and, optionally, a new length (a JSON integer; exact, see
 * {@link RequestFields}).
 */
public record RescheduleRequest(String start, @Schema(type = SchemaType.INTEGER) BigDecimal durationMinutes) {
}
