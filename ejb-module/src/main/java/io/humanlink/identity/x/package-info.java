/** Adapter to X (Twitter) OAuth 2.0 with PKCE; X's wire formats never leave this package. */
package io.humanlink.identity.x;
