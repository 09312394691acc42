package io.humanlink.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestMappingTest {

    @Test
    void signupRequestWritesEveryField() {
        var json = new SignupRequest("a@example.test", "s3cret-Passw0rd", "Ana", "Europe/Lisbon", "2026-01").toJson();

        assertThat(json).isEqualTo(Json.parseObject("""
                {"email":"a@example.test","password":"s3cret-Passw0rd","displayName":"Ana",
                 "timeZone":"Europe/Lisbon","termsVersion":"2026-01"}
                """));
    }

    @Test
    void userPatchLeavesOutWhatItDoesNotChange() {
        assertThat(UserPatch.bio("Hello").toJson()).isEqualTo(Json.parseObject("{\"bio\":\"Hello\"}"));
        assertThat(new UserPatch(null, null, null, null).toJson()).isEmpty();
    }

    @Test
    void queryKeepsOrderSkipsNullsAndEncodes() {
        assertThat(ApiTransport.query("q", "ana smith&co", "limit", 20, "cursor", null)).isEqualTo(
                "?q=ana+smith%26co&limit=20");
        assertThat(ApiTransport.query("cursor", null)).isEmpty();
    }

    @Test
    void pathSegmentIsPercentEncoded() {
        assertThat(ApiTransport.segment("a b/c")).isEqualTo("a%20b%2Fc");
    }
}
