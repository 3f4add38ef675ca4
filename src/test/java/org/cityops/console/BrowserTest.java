package org.cityops.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.cityops.directory.DemoPlatformTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the console in headless Chromium: the whole platform with the demo profile on a
 * random port (the same application context as every {@link DemoPlatformTest}), and a {@link Browser}
 * parameter for each test method. Skipped with a message where no Chromium is installed.
 * <p>
 * Name such classes {@code *BrowserTests}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DemoPlatformTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}
