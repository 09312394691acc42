/** REST resources of the profile context: Friend profiles, availability and the Friend directory. */
package io.humanlink.web.api.profile;
