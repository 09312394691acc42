/** Integration tests of the batch jobs, run over the ops API against data seeded straight into the database. */
package io.humanlink.batch;
