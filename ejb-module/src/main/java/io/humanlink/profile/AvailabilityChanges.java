package io.humanlink.profile;

import java.util.List;

/** A Friend's whole availability as they submit it: weekly windows and dated exceptions, in {@code timeZone}. */
public record AvailabilityChanges(String timeZone, List<Slot> weekly, List<DatedChange> exceptions) {

    /** A weekly window as sent: day name and "HH:mm" times ("24:00" or "00:00" as the end means midnight). */
    public record Slot(String day, String from, String to) {
    }

    /** A dated change as sent: ISO date, optional times (both or neither), available or not. */
    public record DatedChange(String date, String from, String to, Boolean available) {
    }
}
