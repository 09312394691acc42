/** Integration tests of the nightly matching job: proposals, idempotent reruns, stop and restart. */
package io.humanlink.batch.matching;
