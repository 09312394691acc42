/** Starts the nightly Jakarta Batch jobs at configured times (jobs arrive with the matching and retention issues). */
package io.humanlink.batch.schedule;
