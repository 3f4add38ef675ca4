package org.cityops.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the platform reads time from. Tests replace it with a clock they move.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${cityops.time-zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}
}
