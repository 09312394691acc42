/** Conversations between members (one per booked session, match or event) and, later, their messages and delivery. */
package io.humanlink.chat;
