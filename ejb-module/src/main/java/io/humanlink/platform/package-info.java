/** Shared kernel: clock, errors, pagination, persistence conventions and the schema migration at start-up. */
package io.humanlink.platform;
