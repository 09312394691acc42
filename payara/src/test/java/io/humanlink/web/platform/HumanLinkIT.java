package io.humanlink.web.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test that talks to the packaged app: declare an {@link AppUnderTest} constructor or method
 * parameter to get the one instance shared by the whole test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RunningApp.class)
public @interface HumanLinkIT {
}
