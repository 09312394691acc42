package io.humanlink.sessions;

/** Whether an attempt may be booked, and if not, a sentence for the person saying why. */
public record EntitlementDecision(boolean allowed, String refusal) {

    public static EntitlementDecision allow() {
        return new EntitlementDecision(true, null);
    }

    public static EntitlementDecision refuse(String refusal) {
        return new EntitlementDecision(false, refusal);
    }
}
