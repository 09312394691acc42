package io.humanlink.web.api.billing;

import io.humanlink.billing.BillingOverview;
import io.humanlink.billing.Invoice;
import io.humanlink.billing.Plan;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code GET /billing/me}: plan, status (none, trialing, active, past_due, canceled), dates and invoices. */
public record BillingResponse(PlanView plan, String status, boolean superUser, Instant trialEnd, Instant renewsAt,
                              boolean cancelAtPeriodEnd, List<InvoiceView> invoices) {

    public record PlanView(String id, String name, long amountMinor, String currency, String interval) {
    }

    public record InvoiceView(String id, String status, long amountMinor, String currency, String url,
                              Instant periodEnd, Instant at) {
    }

    static BillingResponse of(BillingOverview o) {
        Plan p = o.plan();
        return new BillingResponse(p == null ? null : new PlanView(p.id(), p.name(), p.amountMinor(), p.currency(),
                p.interval()), o.status().name().toLowerCase(Locale.ROOT), o.status().isSuperUser(), o.trialEnd(),
                o.renewsAt(), o.cancelAtPeriodEnd(), o.invoices().stream().map(BillingResponse::invoice).toList());
    }

    private static InvoiceView invoice(Invoice i) {
        return new InvoiceView(i.getProviderInvoiceId(), i.isPaid() ? "paid" : "payment_failed", i.getAmountMinor(),
                i.getCurrency(), i.getHostedUrl(), i.getPeriodEnd(), i.getStateAsOf());
    }
}
