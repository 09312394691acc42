/** The personality questionnaire, trait scores, explainable match scores and the match lifecycle. */
package io.humanlink.matching;
