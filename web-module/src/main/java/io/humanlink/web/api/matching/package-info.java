/** REST resources of the matching context: the questionnaire, one's own answers and traits, matches. */
package io.humanlink.web.api.matching;
