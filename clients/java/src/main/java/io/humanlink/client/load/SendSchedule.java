package io.humanlink.client.load;

/**
 * How many messages a client at a fixed rate owes at a given moment: {@code rate × elapsed − sent}, so a late tick
 * catches up rather than lowering the rate. A client with too many messages still unacknowledged (a window) skips
 * what it owes: the generator offers a set rate but never queues without bound in front of a slow server.
 */
public final class SendSchedule {

    private final double perSecond;
    private final long startNanos;
    private final int window;
    private long scheduled;

    public SendSchedule(double perSecond, long startNanos, int window) {
        if (perSecond <= 0 || window < 1) {
            throw new IllegalArgumentException("rate and window must be positive");
        }
        this.perSecond = perSecond;
        this.startNanos = startNanos;
        this.window = window;
    }

    /**
     * The number of messages to send now, given how many are still unacknowledged. Messages owed but held back by the
     * window are dropped, not sent later (they count as skipped).
     */
    public Due due(long nowNanos, int unacknowledged) {
        long owed = (long) ((nowNanos - startNanos) * perSecond / 1e9) - scheduled;
        if (owed <= 0) {
            return new Due(0, 0);
        }
        scheduled += owed;
        int send = (int) Math.min(owed, Math.max(0, window - unacknowledged));
        return new Due(send, owed - send);
    }

    /** Messages to send now, and messages owed that the window held back (skipped). */
    public record Due(int send, long skipped) {
    }
}
