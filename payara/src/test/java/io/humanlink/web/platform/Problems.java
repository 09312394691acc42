package io.humanlink.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.humanlink.client.ApiProblemException;
import io.humanlink.client.Problem;
import java.net.http.HttpResponse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions for RFC 9457 answers: right status, {@code application/problem+json}, our type slug. */
public final class Problems {

    private Problems() {
    }

    /** Runs a client call that must fail with an API problem, and returns that problem. */
    public static ApiProblemException thrownBy(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the call should have been answered with a problem").isInstanceOf(
                ApiProblemException.class);
        return (ApiProblemException) thrown;
    }

    /** Runs a client call that must fail, and checks it failed with this status and problem type. */
    public static ApiProblemException assertProblem(ThrowingCallable call, int status, String slug) {
        ApiProblemException problem = thrownBy(call);
        assertThat(problem.status()).as(problem.getMessage()).isEqualTo(status);
        assertThat(problem.slug()).as(problem.getMessage()).isEqualTo(slug);
        assertThat(problem.header("Content-Type").orElse("")).as(problem.getMessage())
                .startsWith("application/problem+json");
        assertThat(problem.problem().status()).as(problem.getMessage()).isEqualTo(status);
        return problem;
    }

    /** Checks a raw answer is a problem of this status and type, and returns the parsed problem. */
    public static Problem assertProblem(HttpResponse<String> response, int status, String slug) {
        String described = response.request().method() + " " + response.request().uri() + " -> "
                + response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(described).isEqualTo(status);
        assertThat(RawHttp.mediaType(response)).as(described).isEqualTo("application/problem+json");
        Problem problem = RawHttp.problem(response);
        assertThat(problem.slug()).as(described).isEqualTo(slug);
        assertThat(problem.status()).as(described).isEqualTo(status);
        return problem;
    }
}
