package io.humanlink.billing;

import java.time.Instant;
import java.util.List;

/** A user's billing as they see it: plan, status, trial end, next renewal and invoices (newest first). */
public record BillingOverview(Plan plan, BillingStatus status, Instant trialEnd, Instant renewsAt,
                              boolean cancelAtPeriodEnd, List<Invoice> invoices) {
}
