/** Adapter to Google Sign-In: verifies Google ID tokens; Google's types never leave this package. */
package io.humanlink.identity.google;
