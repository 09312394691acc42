/** Integration tests of the questionnaire, one's own answers and traits, and matching over HTTP. */
package io.humanlink.web.api.matching;
