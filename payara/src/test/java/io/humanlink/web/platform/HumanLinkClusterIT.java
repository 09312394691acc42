package io.humanlink.web.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test against two clustered nodes: declare a {@link TwoNodeCluster} parameter. Such classes are
 * named {@code *ClusterIT} or {@code *ChaosIT} and run in failsafe's {@code cluster-its} execution, which
 * {@code ./mvnw verify} runs after the others.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningCluster.class)
public @interface HumanLinkClusterIT {
}
