/** Integration tests of the chat WebSocket over a real socket (JDK java.net.http.WebSocket). */
package io.humanlink.web.ws;
