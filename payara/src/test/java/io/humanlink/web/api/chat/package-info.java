/** Integration tests of the chat's REST side: conversations, history, edit/delete and moderation, blocks, tickets. */
package io.humanlink.web.api.chat;
