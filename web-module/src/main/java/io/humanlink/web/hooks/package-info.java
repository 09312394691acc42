/** Webhooks that outside services call (Twilio room callbacks; later Stripe), each verified by its vendor's signature. */
package io.humanlink.web.hooks;
