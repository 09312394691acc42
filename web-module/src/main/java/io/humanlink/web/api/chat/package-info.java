/** Chat over REST: WebSocket tickets, one's conversations, history pages, editing and deleting, moderation history. */
package io.humanlink.web.api.chat;
