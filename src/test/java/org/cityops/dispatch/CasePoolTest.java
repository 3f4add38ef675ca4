package org.cityops.dispatch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.cityops.shared.time.MutableClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform with demo people and accounts on a random port, a clock the test moves, and
 * timers that run when the test says ({@link org.cityops.sla.DueTimers}). Every test class with
 * this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cityops.sla.timers.polling=false")
@ActiveProfiles("demo")
@Import({ MutableClockConfiguration.class, PublishedEvents.class })
public @interface CasePoolTest {
}
