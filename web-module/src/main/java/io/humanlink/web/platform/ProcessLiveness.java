package io.humanlink.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has heap to spare; a restart is the cure when it does not. */
@Liveness
@ApplicationScoped
public class ProcessLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        boolean ok = used < runtime.maxMemory() * 0.95;
        return HealthCheckResponse.named("heap").status(ok).withData("usedBytes", used)
                .withData("maxBytes", runtime.maxMemory()).build();
    }
}
