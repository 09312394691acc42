package io.humanlink.web.api.identity;

import static io.humanlink.web.platform.Accounts.PASSWORD;
import static io.humanlink.web.platform.Accounts.TERMS_VERSION;
import static io.humanlink.web.platform.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.humanlink.client.Problem;
import io.humanlink.web.platform.Accounts;
import io.humanlink.web.platform.AppUnderTest;
import io.humanlink.web.platform.HumanLinkIT;
import io.humanlink.web.platform.RawHttp;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes in identity requests get a 400 problem naming the field, never a 5xx: each case sends one mistake and names
 * the field the answer must point at. {@code {id}} in a path is replaced by a fresh account's id.
 */
@HumanLinkIT
class IdentityProblemDetailsIT {

    private static final String SIGNUP = "/api/v1/auth/signup";

    private final AppUnderTest app;
    private final Accounts accounts;

    IdentityProblemDetailsIT(AppUnderTest app) {
        this.app = app;
        this.accounts = new Accounts(app);
    }

    /** One bad request and the field its validation problem must name. */
    record Mistake(String name, String method, String path, String body, boolean asAdmin, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                new Mistake("null role", "PUT", "/api/v1/admin/users/{id}/roles", "{\"roles\":[null]}", true,
                        "roles"),
                new Mistake("null role beside a real one", "PUT", "/api/v1/admin/users/{id}/roles",
                        "{\"roles\":[\"USER\",null]}", true, "roles"),
                new Mistake("sign-up locale that is no language tag", "POST", SIGNUP,
                        signupJson(Accounts.uniqueEmail(), "not a locale"), false, "locale"),
                new Mistake("sign-up locale with an underscore", "POST", SIGNUP,
                        signupJson(Accounts.uniqueEmail(), "en_US"), false, "locale"),
                new Mistake("empty sign-up locale", "POST", SIGNUP, signupJson(Accounts.uniqueEmail(), ""), false,
                        "locale"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void mistakeIsAValidationProblemNamingItsField(Mistake mistake) {
        String path = mistake.path().contains("{id}")
                ? mistake.path().replace("{id}", accounts.signUpAndLogIn().id()) : mistake.path();
        List<String> headers = new ArrayList<>(List.of("X-Forwarded-For", AppUnderTest.randomClientAddress()));
        if (mistake.asAdmin()) {
            headers.addAll(List.of("Authorization", "Bearer " + accounts.adminToken()));
        }

        HttpResponse<String> response = app.http().send(mistake.method(), path, "application/json", mistake.body(),
                headers.toArray(String[]::new));

        Problem problem = assertProblem(response, 400, "validation");
        assertThat(problem.fields()).as(response.body()).contains(mistake.field());
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void signUpStoresTheLocaleInItsCanonicalSpelling() {
        HttpResponse<String> response = app.http().postJson(SIGNUP, signupJson(Accounts.uniqueEmail(), "EN-us"),
                "X-Forwarded-For", AppUnderTest.randomClientAddress());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(RawHttp.json(response).getString("locale")).isEqualTo("en-US");
    }

    private static String signupJson(String email, String locale) {
        return """
                {"email":"%s","password":"%s","displayName":"Ana","timeZone":"UTC","termsVersion":"%s","locale":"%s"}"""
                .formatted(email, PASSWORD, TERMS_VERSION, locale);
    }
}
