package io.humanlink.identity;

import java.time.ZoneId;

/** Accepts only IANA region ids ("Europe/Berlin", "UTC"), the zones whose DST rules we can apply to bookings later. */
public final class TimeZones {

    private TimeZones() {
    }

    public static boolean isValid(String zone) {
        return zone != null && (zone.equals("UTC") || ZoneId.getAvailableZoneIds().contains(zone));
    }
}
