/** Starts the batch jobs at configured times and lets ops start, stop, restart and watch them. */
package io.humanlink.batch.schedule;
