/** Integration tests of the platform API: operating the batch jobs, and who may. */
package io.humanlink.web.api.platform;
