/** The retention job: new Friends for users whose Friend left or who went quiet (source RETENTION). */
package io.humanlink.batch.retention;
