/** Integration tests of the retention re-match job: departed Friends, quiet users, same-day idempotence. */
package io.humanlink.batch.retention;
