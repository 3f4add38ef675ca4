package org.cityops.shared.time;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Import it into a Spring test to replace the platform clock with a {@link MutableClock}; inject
 * {@code MutableClock} to move it. Starts at Monday 2 March 2026, 09:00 in Shanghai (a working day).
 */
@TestConfiguration(proxyBeanMethods = false)
public class MutableClockConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return MutableClock.at("2026-03-02T09:00");
	}
}
