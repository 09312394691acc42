/** User and Friend profiles: what Friends offer (languages, interests, session types, price tier) and when. */
package io.humanlink.profile;
