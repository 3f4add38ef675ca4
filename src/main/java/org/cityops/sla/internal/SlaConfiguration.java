package org.cityops.sla.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.cityops.sla.CategoryTimeLimits;
import org.cityops.sla.WorkingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The working calendar and the limit policy, from {@code cityops.sla.*} (defaults in
 * {@code sla/sla-defaults.properties}, which any other property source overrides).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:sla/sla-defaults.properties", encoding = "UTF-8")
class SlaConfiguration {

	@Bean
	WorkingCalendar workingCalendar(SlaSettings settings, Clock clock) {
		try (InputStream in = settings.calendar().holidays().getInputStream()) {
			return new OfficeCalendar(HolidayTable.read(in), OfficeHours.parse(settings.calendar().officeHours()),
					clock.getZone());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the holiday table " + settings.calendar().holidays(), e);
		}
	}

	@Bean
	TimeLimitPolicy timeLimitPolicy(SlaSettings settings, ObjectProvider<CategoryTimeLimits> categories) {
		return new TimeLimitPolicy(settings.wartime(), settings.normal(), categories.orderedStream().toList());
	}

	@Bean
	DeadlineCalculator deadlineCalculator(WorkingCalendar calendar, SlaSettings settings) {
		return new DeadlineCalculator(calendar, settings.warningShare());
	}
}
