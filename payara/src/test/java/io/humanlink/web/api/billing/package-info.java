/** Integration-test support for billing: Stripe's API played by WireMock, its webhooks signed as Stripe signs them. */
package io.humanlink.web.api.billing;
