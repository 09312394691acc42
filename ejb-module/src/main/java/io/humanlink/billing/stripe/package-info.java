/** Adapter to Stripe: checkout, portal, refunds and transfers, and signed webhook events; Stripe's types stay here. */
package io.humanlink.billing.stripe;
