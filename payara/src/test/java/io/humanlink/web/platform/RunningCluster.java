package io.humanlink.web.platform;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that starts one {@link TwoNodeCluster} per test JVM on first use (the cluster ITs run in a failsafe
 * execution of their own) and closes it after the last test. A test that kills a node leaves it dead; the next test
 * class calls {@link TwoNodeCluster#ensureBothUp()}.
 */
public final class RunningCluster implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningCluster.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TwoNodeCluster.class;
    }

    @Override
    public TwoNodeCluster resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(TwoNodeCluster.class, key -> TwoNodeCluster.start(), TwoNodeCluster.class);
    }
}
