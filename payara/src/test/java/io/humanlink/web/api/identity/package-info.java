/** Integration tests of accounts, sign-in, tokens, social login, roles and Friend applications over HTTP. */
package io.humanlink.web.api.identity;
