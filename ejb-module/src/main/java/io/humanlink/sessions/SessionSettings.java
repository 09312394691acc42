package io.humanlink.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rules of booking, all from MicroProfile Config (humanlink.sessions.*). */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "humanlink.sessions.durations", defaultValue = "30,45,60,90")
    Set<Integer> durations;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.start-step", defaultValue = "PT15M")
    Duration startStep;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.minimum-notice", defaultValue = "PT2H")
    Duration minimumNotice;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.booking-horizon", defaultValue = "P90D")
    Duration bookingHorizon;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.friend-buffer", defaultValue = "PT10M")
    Duration friendBuffer;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.cancellation-window", defaultValue = "PT24H")
    Duration cancellationWindow;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.no-show-grace", defaultValue = "PT10M")
    Duration noShowGrace;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.no-show-report-until", defaultValue = "P2D")
    Duration noShowReportUntil;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.call-opens-before", defaultValue = "PT10M")
    Duration callOpensBefore;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.unattended-call-after", defaultValue = "PT30M")
    Duration unattendedCallAfter;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.reminders", defaultValue = "PT24H,PT1H")
    List<Duration> reminders;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.feedback-window", defaultValue = "P14D")
    Duration feedbackWindow;

    @Inject
    @ConfigProperty(name = "humanlink.sessions.calendar-max-range", defaultValue = "P62D")
    Duration calendarMaxRange;

    /** Allowed session lengths in minutes. */
    public Set<Integer> durations() {
        return durations;
    }

    /** Starts fall on multiples of this step (from the top of the hour, UTC). */
    public Duration startStep() {
        return startStep;
    }

    /** How long before its start a session can still be booked or moved to. */
    public Duration minimumNotice() {
        return minimumNotice;
    }

    /** How far ahead a session can be booked. */
    public Duration bookingHorizon() {
        return bookingHorizon;
    }

    /** The Friend's free time after each session before the next may start. */
    public Duration friendBuffer() {
        return friendBuffer;
    }

    /** Cancelling inside this time before the start is a late cancellation; rescheduling is no longer possible. */
    public Duration cancellationWindow() {
        return cancellationWindow;
    }

    /** How long after the start a party may be reported absent. */
    public Duration noShowGrace() {
        return noShowGrace;
    }

    /** How long after the end a no-show may still be reported. */
    public Duration noShowReportUntil() {
        return noShowReportUntil;
    }

    /** How long before the start a participant may get a call token. */
    public Duration callOpensBefore() {
        return callOpensBefore;
    }

    /** A voice/video session nobody joined is closed as a no-show this long after its end. */
    public Duration unattendedCallAfter() {
        return unattendedCallAfter;
    }

    /** Reminders go out this long before the start. */
    public List<Duration> reminders() {
        return reminders;
    }

    /** How long after the end feedback is accepted. */
    public Duration feedbackWindow() {
        return feedbackWindow;
    }

    /** The widest calendar or free-slot range one request may ask for. */
    public Duration calendarMaxRange() {
        return calendarMaxRange;
    }
}
