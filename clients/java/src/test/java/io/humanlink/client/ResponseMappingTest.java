package io.humanlink.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseMappingTest {

    @Test
    void userViewReadsAllFieldsAndTimesWithAnOffset() {
        UserView user = UserView.fromJson(Json.parseObject("""
                {"id":"6f1c2a8e-3b7d-4b0e-9a53-0a4b1d2c3e4f","email":"ana@example.test","displayName":"Ana",
                 "roles":["USER","FRIEND"],"emailVerified":true,"timeZone":"Europe/Lisbon","locale":"pt-PT",
                 "bio":"Hi","status":"ACTIVE","createdAt":"2026-01-05T10:00:00+01:00"}
                """));

        assertThat(user).isEqualTo(new UserView("6f1c2a8e-3b7d-4b0e-9a53-0a4b1d2c3e4f", "ana@example.test", "Ana",
                Set.of("USER", "FRIEND"), true, "Europe/Lisbon", "pt-PT", "Hi", "ACTIVE",
                Instant.parse("2026-01-05T09:00:00Z")));
    }

    @Test
    void userViewTreatsNullAndMissingFieldsAsNull() {
        UserView user = UserView.fromJson(Json.parseObject("""
                {"id":"u1","displayName":"Kim","bio":null,"roles":[],"createdAt":"2026-01-05T09:00:00Z"}
                """));

        assertThat(user.email()).isNull();
        assertThat(user.bio()).isNull();
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.roles()).isEmpty();
        assertThat(user.createdAt()).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    }

    @Test
    void tokenPairReadsItsFourFields() {
        TokenPair pair = TokenPair.fromJson(Json.parseObject("""
                {"accessToken":"a.b.c","refreshToken":"r-1","expiresIn":900,"tokenType":"Bearer"}
                """));

        assertThat(pair).isEqualTo(new TokenPair("a.b.c", "r-1", 900, "Bearer"));
    }

    @Test
    void publicUserViewHasNoEmail() {
        PublicUserView user = PublicUserView.fromJson(Json.parseObject("""
                {"id":"u1","displayName":"Ben","bio":"Friendly","roles":["USER","FRIEND"],"email":"leak@x.test"}
                """));

        assertThat(user).isEqualTo(new PublicUserView("u1", "Ben", "Friendly", Set.of("USER", "FRIEND")));
    }

    @Test
    void pageOfFriendApplicationsKeepsOrderAndCursor() {
        Page<FriendApplication> page = Page.fromJson(Json.parseObject("""
                {"items":[
                  {"id":"a1","status":"PENDING","motivation":"m1","createdAt":"2026-01-05T09:00:00Z","decidedAt":null,
                   "applicantId":"u1","applicantName":"Alex"},
                  {"id":"a2","status":"APPROVED","motivation":"m2","createdAt":"2026-01-04T09:00:00Z",
                   "decidedAt":"2026-01-06T09:00:00Z"}],
                 "nextCursor":"c2"}
                """), FriendApplication::fromJson);

        assertThat(page.items()).extracting(FriendApplication::id).containsExactly("a1", "a2");
        assertThat(page.items().get(0).applicantName()).isEqualTo("Alex");
        assertThat(page.items().get(0).decidedAt()).isNull();
        assertThat(page.items().get(1).decidedAt()).isEqualTo(Instant.parse("2026-01-06T09:00:00Z"));
        assertThat(page.items().get(1).applicantId()).isNull();
        assertThat(page.nextCursor()).isEqualTo("c2");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void lastPageHasNoNextCursor() {
        Page<UserView> page = Page.fromJson(Json.parseObject("{\"items\":[],\"nextCursor\":null}"),
                UserView::fromJson);

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void xAuthorizationReadsUrlAndState() {
        XAuthorization start = XAuthorization.fromJson(Json.parseObject("""
                {"authorizationUrl":"http://x.test/i/oauth2/authorize?state=s1","state":"s1"}
                """));

        assertThat(start.authorizationUrl()).isEqualTo(URI.create("http://x.test/i/oauth2/authorize?state=s1"));
        assertThat(start.state()).isEqualTo("s1");
    }
}
