/** Telling people things: the notification outbox (written with the change it announces) and email delivery. */
package io.humanlink.notify;
