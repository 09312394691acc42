/** The chat's WebSocket endpoint (/ws/chat): handshake checks, frames, connections, presence and delivery. */
package io.humanlink.web.ws;
