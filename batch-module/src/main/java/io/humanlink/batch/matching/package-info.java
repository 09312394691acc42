/** The nightly matching job: top-K Friend proposals for every seeker, partitioned over user-id ranges. */
package io.humanlink.batch.matching;
