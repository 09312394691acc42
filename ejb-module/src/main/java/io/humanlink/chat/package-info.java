/** Conversations between members (one per booked session, accepted match or event), their messages and delivery. */
package io.humanlink.chat;
