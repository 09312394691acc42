/** Adapter to Twilio Video: issues room access tokens and reads signed room status callbacks; Twilio's types stay here. */
package io.humanlink.sessions.twilio;
