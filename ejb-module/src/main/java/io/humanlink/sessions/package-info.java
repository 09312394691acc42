/** Booking Friends for text, voice and video sessions, the session lifecycle, call tokens and feedback. */
package io.humanlink.sessions;
