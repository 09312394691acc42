package io.humanlink.web.api.billing;

/** {@code POST /admin/payouts/{id}/failed}: why the money could not be paid. */
public record FailRequest(String reason) {

    /** The column's size ({@code payouts.failure}). */
    static final int MAX_REASON = 500;
}
