/** Webhooks that outside services call (Twilio room callbacks, Stripe events), each checked by its signature. */
package io.humanlink.web.hooks;
