/**
 * Load generators for the chat socket ({@code /ws/chat}): pairs of clients sending at a set rate with end-to-end
 * latency ({@link io.humanlink.client.load.ChatLoad}) and many idle sockets
 * ({@link io.humanlink.client.load.IdleSockets}). Run by the {@code ChatLoadBenchmark} of the payara module.
 */
package io.humanlink.client.load;
