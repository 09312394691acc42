/** The retention job: new Friends (source RETENTION) for users whose Friend left, who rated them low, or went quiet. */
package io.humanlink.batch.retention;
