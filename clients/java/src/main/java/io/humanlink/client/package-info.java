/** Typed Java client for the HumanLink HTTP API ({@code /api/v1}), used by integration tests and load generators. */
package io.humanlink.client;
