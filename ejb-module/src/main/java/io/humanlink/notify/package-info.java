/** Delivery of messages to people: email now; push and the outbox come with the notify issue. */
package io.humanlink.notify;
