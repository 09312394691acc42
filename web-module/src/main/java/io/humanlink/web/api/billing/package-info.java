/** Subscriptions, the customer portal, billing overview, Friend earnings and payouts over HTTP. */
package io.humanlink.web.api.billing;
