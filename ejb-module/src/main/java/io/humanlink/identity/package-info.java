/** Accounts, credentials, access and refresh tokens, roles, Friend applications and social sign-in. */
package io.humanlink.identity;
