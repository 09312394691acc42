/** Consent, data export and erasure, and the audit trail of privileged actions. */
package io.humanlink.privacy;
