/** REST resources of the platform context: operating the batch jobs (list executions, start, stop, restart). */
package io.humanlink.web.api.platform;
