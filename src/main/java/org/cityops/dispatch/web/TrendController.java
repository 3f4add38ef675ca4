package org.cityops.dispatch.web;

import java.time.LocalDate;

import org.cityops.directory.DirectoryManagement;
import org.cityops.dispatch.CaseTrends;
import org.cityops.dispatch.CaseTrends.Period;
import org.cityops.dispatch.Channel;
import org.cityops.geo.GeoManagement;
import org.cityops.shared.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case counts over time per category and area, for measuring what a standard changed.
 */
@RestController
class TrendController {

	private static final String CITY = "330300";

	private final CaseTrends trends;
	private final DirectoryManagement directory;
	private final GeoManagement geo;

	TrendController(CaseTrends trends, DirectoryManagement directory, GeoManagement geo) {
		this.geo = geo;
		this.trends = trends;
		this.directory = directory;
	}

	@GetMapping("/api/cases/trends")
	CaseTrends.Trend trend(@RequestParam(required = false) String category,
			@RequestParam(required = false) String area, @RequestParam(required = false) Channel channel,
			@RequestParam(defaultValue = "MONTH") Period period,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication user) {
		String scope = area == null || area.isBlank() ? CITY : area.strip();
		if (geo.division(scope).isEmpty() && geo.grid(scope).isEmpty()) {
			throw new InvalidInputException("area", "no division, grid or micro-grid " + scope);
		}
		if (!directory.maySee(user.getName(), scope)) {
			throw new AccessDeniedException("The area " + scope + " lies outside yours");
		}
		return trends.trend(new CaseTrends.Query(category, area, channel, period, from, to));
	}
}
