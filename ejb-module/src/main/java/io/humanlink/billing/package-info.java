/** Subscriptions with a free trial, premium session payments, webhooks, Friend earnings and payouts. */
package io.humanlink.billing;
