package org.cityops.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityops.directory.Unit;
import org.cityops.directory.UnitKind;
import org.cityops.directory.UnitSource;
import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The units every installation has: the city-level and 龙港市 departments listed in
 * {@code directory/reference-units.csv}, plus units derived from the divisions (county governments,
 * township offices of real townships, 龙港市's community committees) and one team per 龙港市 grid.
 */
@Component
class ReferenceUnits {

	static final String LONGGANG = "330383";
	private static final String CSV = "directory/reference-units.csv";

	private final GeoManagement geo;

	ReferenceUnits(GeoManagement geo) {
		this.geo = geo;
	}

	/** Units and their aliases (alias → unit code). */
	record Catalogue(List<Unit> units, Map<String, String> aliases) {
	}

	Catalogue catalogue() {
		List<Unit> units = new ArrayList<>();
		Map<String, String> aliases = new LinkedHashMap<>();
		readCsv(units, aliases);
		for (Division county : geo.children(AreaScope.CITY)) {
			String government = county.code() + "-" + UnitKind.GOVERNMENT.name();
			units.add(new Unit(government, county.name() + "人民政府", UnitKind.GOVERNMENT, county.code(),
					AreaScope.CITY + "-" + UnitKind.GOVERNMENT.name(), UnitSource.DIVISION));
			for (Division township : geo.children(county.code())) {
				townshipOffice(township, government).ifPresent(units::add);
			}
		}
		addLonggangCommunities(units);
		for (Grid grid : geo.gridsOfCounty(LONGGANG)) {
			units.add(new Unit(grid.code(), grid.name(), UnitKind.GRID, grid.communityCode(),
					committeeCode(grid.communityCode()), UnitSource.GENERATED));
		}
		return new Catalogue(units, aliases);
	}

	private void addLonggangCommunities(List<Unit> units) {
		String government = LONGGANG + "-" + UnitKind.GOVERNMENT.name();
		for (Division township : geo.children(LONGGANG)) {
			String parent = township.placeholder() ? government : township.code() + "-" + UnitKind.TOWNSHIP_OFFICE.name();
			for (Division community : geo.children(township.code())) {
				units.add(new Unit(committeeCode(community.code()), committeeName(community.name()),
						UnitKind.COMMUNITY_COMMITTEE, community.code(), parent, UnitSource.DIVISION));
			}
		}
	}

	static String committeeCode(String communityCode) {
		return communityCode + "-" + UnitKind.COMMUNITY_COMMITTEE.name();
	}

	static String committeeName(String community) {
		if (community.endsWith("社区")) {
			return community + "居委会";
		}
		return community.endsWith("村") ? community + "村委会" : community;
	}

	/** 街道 → 办事处, 镇/乡 → 人民政府; none for placeholders, forest farms, zones and reserves. */
	static Optional<Unit> townshipOffice(Division township, String parent) {
		String name = township.name();
		String office;
		if (township.placeholder()) {
			return Optional.empty();
		}
		if (name.endsWith("街道")) {
			office = name + "办事处";
		}
		else if (name.endsWith("镇") || name.endsWith("乡")) {
			office = name + "人民政府";
		}
		else {
			return Optional.empty();
		}
		return Optional.of(new Unit(township.code() + "-" + UnitKind.TOWNSHIP_OFFICE.name(), office,
				UnitKind.TOWNSHIP_OFFICE, township.code(), parent, UnitSource.DIVISION));
	}

	private static void readCsv(List<Unit> units, Map<String, String> aliases) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(CSV).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] f = line.split(",", -1);
				units.add(new Unit(f[0], f[1], UnitKind.valueOf(f[2]), f[3], f[4].isEmpty() ? null : f[4],
						UnitSource.valueOf(f[5])));
				for (String alias : f[6].split("\\|")) {
					if (!alias.isBlank()) {
						aliases.put(alias, f[0]);
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + CSV, e);
		}
	}
}
