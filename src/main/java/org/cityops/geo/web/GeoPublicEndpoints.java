package org.cityops.geo.web;

import org.cityops.shared.security.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The citizen's report page picks a place on a map: division outlines (public reference data of the
 * National Bureau of Statistics and the city) and point location are open to anyone.
 */
@Configuration(proxyBeanMethods = false)
class GeoPublicEndpoints {

	@Bean
	PublicEndpoints publicDivisionLayers() {
		return PublicEndpoints.of(HttpMethod.GET, "/api/geo/divisions.geojson", "/api/geo/locate");
	}
}
