package io.humanlink.web.api.billing;

/** {@code POST /admin/payouts/{id}/failed}: why the money could not be paid. */
public record FailRequest(String reason) {
}
