package org.cityops.geo.web;

import org.cityops.geo.Location;

record LocationView(double lat, double lng, NamedArea microGrid, NamedArea grid, NamedArea community,
		NamedArea township, boolean townshipIsPlaceholder, NamedArea county, NamedArea city, String note) {

	static LocationView of(Location location) {
		return new LocationView(location.position().lat(), location.position().lng(),
				NamedArea.of(location.microGrid()), NamedArea.of(location.grid()), NamedArea.of(location.community()),
				NamedArea.of(location.township()), location.township().placeholder(), NamedArea.of(location.county()),
				NamedArea.of(location.city()), GridView.GENERATED_NOTE);
	}
}
