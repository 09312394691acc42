package io.humanlink.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void readsEveryFieldOfAProblemBody() {
        Problem problem = Problem.parse("""
                {"type":"https://humanlink.io/problems/validation","title":"Invalid request","status":400,
                 "detail":"2 fields are invalid","instance":"/api/v1/auth/signup","requestId":"r-1",
                 "errors":[{"field":"email","message":"must be an email"},{"field":"password","message":"too short"}]}
                """);

        assertThat(problem.type()).isEqualTo("https://humanlink.io/problems/validation");
        assertThat(problem.slug()).isEqualTo("validation");
        assertThat(problem.title()).isEqualTo("Invalid request");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isEqualTo("2 fields are invalid");
        assertThat(problem.instance()).isEqualTo("/api/v1/auth/signup");
        assertThat(problem.requestId()).isEqualTo("r-1");
        assertThat(problem.fields()).containsExactly("email", "password");
        assertThat(problem.errors().get(1)).isEqualTo(new Problem.FieldError("password", "too short"));
    }

    @Test
    void problemWithoutErrorsHasAnEmptyErrorList() {
        Problem problem = Problem.parse("{\"type\":\"https://humanlink.io/problems/email-taken\",\"status\":409}");

        assertThat(problem.slug()).isEqualTo("email-taken");
        assertThat(problem.errors()).isEmpty();
        assertThat(problem.detail()).isNull();
    }

    @Test
    void foreignProblemTypeIsItsOwnSlug() {
        assertThat(Problem.parse("{\"type\":\"about:blank\"}").slug()).isEqualTo("about:blank");
    }

    @Test
    void bodyThatIsNotAJsonObjectGivesAnEmptyProblem() {
        for (String body : new String[] {"<html>Not Found</html>", "", null, "[1,2]", "{broken"}) {
            Problem problem = Problem.parse(body);

            assertThat(problem.type()).as(body).isNull();
            assertThat(problem.slug()).as(body).isNull();
            assertThat(problem.errors()).as(body).isEmpty();
        }
    }
}
