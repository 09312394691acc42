/** Web plumbing: the JAX-RS application, problem+json errors, request ids and logging, health checks, security glue. */
package io.humanlink.web.platform;
