/** REST resources of the identity context: sign-up and sign-in, one's own account, Friend applications, admin. */
package io.humanlink.web.api.identity;
