package org.cityops.intake.internal;

import org.cityops.shared.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The intake endpoints reachable without a login. Each still checks what applies: Open311 POST and
 * the alert and gateway webhooks need an API key (or a logged-in dispatcher), the public citizen
 * report is rate-limited, and rating a case needs its receipt and the reporter's phone digits.
 */
@Configuration(proxyBeanMethods = false)
class IntakeEndpoints {

	@Bean
	PublicEndpoints intakePublicEndpoints() {
		return PublicEndpoints.of("/open311/v2/**")
				.and(HttpMethod.POST, "/api/public/reports", "/api/public/reports/{receipt}/evaluation", "/api/public/photos",
						"/api/intake/alerts", "/api/intake/gateway/{system}/cases")
				.and(HttpMethod.GET, "/api/public/reports/{receipt}", "/report", "/report/{receipt}");
	}
}
