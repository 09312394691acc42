/** Integration tests of booking, the session lifecycle, call tokens, feedback and surveys over HTTP. */
package io.humanlink.web.api.sessions;
