package io.humanlink.web.platform;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that starts {@link AppUnderTest} once per test JVM, on first use, and hands it to every test that
 * declares it as a parameter. It lives in the root store, which closes it (app, database, fakes) after the last test.
 * A failed start is remembered, so later test classes fail at once instead of booting again.
 */
public final class RunningApp implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningApp.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AppUnderTest.class;
    }

    @Override
    public AppUnderTest resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(AppUnderTest.class, key -> AppUnderTest.start(), AppUnderTest.class);
    }
}
