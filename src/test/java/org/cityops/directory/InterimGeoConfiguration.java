package org.cityops.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityops.geo.BoundarySource;
import org.cityops.geo.Division;
import org.cityops.geo.DivisionLevel;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.GridLevel;
import org.cityops.geo.Location;
import org.cityops.geo.Position;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** TEMPORARY stand-in until the geo module lands on main; deleted then. */
@Configuration(proxyBeanMethods = false)
class InterimGeoConfiguration {

	@Bean
	GeoManagement interimGeo() {
		return new Interim();
	}

	static class Interim implements GeoManagement {

		final Map<String, Division> divisions = new LinkedHashMap<>();
		final Map<String, Grid> grids = new LinkedHashMap<>();

		Interim() {
			divisions.put("330300", new Division("330300", "温州市", DivisionLevel.CITY, null, false, BoundarySource.NONE));
			read("wenzhou_areas.csv", DivisionLevel.COUNTY, 2);
			read("wenzhou_streets.csv", DivisionLevel.TOWNSHIP, 2);
			read("wenzhou_villages.csv", DivisionLevel.COMMUNITY, 2);
			List<Division> communities = children("330383198");
			for (int c = 0; c < communities.size(); c++) {
				int n = c < 57 ? 5 : 4;
				for (int g = 1; g <= n; g++) {
					String code = communities.get(c).code() + String.format("-G%02d", g);
					grids.put(code, new Grid(code, communities.get(c).name() + "第" + g + "网格", GridLevel.GRID,
							communities.get(c).code(), communities.get(c).code(), "330383198", "330383", null, 1));
					for (int m = 1; m <= 7; m++) {
						String micro = code + String.format("-M%02d", m);
						grids.put(micro, new Grid(micro, "微网格" + m, GridLevel.MICRO_GRID, code,
								communities.get(c).code(), "330383198", "330383", null, 1));
					}
				}
			}
		}

		private void read(String file, DivisionLevel level, int parentColumn) {
			try {
				List<String> lines = Files.readAllLines(Path.of("/work/shared/data", file), StandardCharsets.UTF_8);
				for (String line : lines.subList(1, lines.size())) {
					String[] f = line.replace("\"", "").split(",");
					String parent = level == DivisionLevel.COUNTY ? "330300" : f[parentColumn];
					divisions.put(f[0], new Division(f[0], f[1], level, parent, f[0].equals("330383198"),
							BoundarySource.NONE));
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public Optional<Division> division(String code) {
			return Optional.ofNullable(divisions.get(code));
		}

		@Override
		public List<Division> children(String code) {
			return divisions.values().stream().filter(d -> code.equals(d.parentCode())).toList();
		}

		@Override
		public List<Division> path(String code) {
			List<Division> path = new ArrayList<>();
			for (Division d = divisions.get(code); d != null; d = d.parentCode() == null ? null : divisions.get(d.parentCode())) {
				path.add(0, d);
			}
			return path;
		}

		@Override
		public Optional<Grid> grid(String code) {
			return Optional.ofNullable(grids.get(code));
		}

		@Override
		public List<Grid> gridsOfCommunity(String communityCode) {
			return grids.values().stream().filter(g -> g.level() == GridLevel.GRID && g.parentCode().equals(communityCode)).toList();
		}

		@Override
		public List<Grid> gridsOfCounty(String countyCode) {
			return grids.values().stream().filter(g -> g.level() == GridLevel.GRID && g.countyCode().equals(countyCode))
					.sorted(Comparator.comparing(Grid::code)).toList();
		}

		@Override
		public List<Grid> microGrids(String gridCode) {
			return grids.values().stream().filter(g -> g.level() == GridLevel.MICRO_GRID && g.parentCode().equals(gridCode)).toList();
		}

		@Override
		public Optional<Location> locate(Position position) {
			return Optional.empty();
		}

		@Override
		public Optional<Division> county(Position position) {
			return Optional.empty();
		}

		@Override
		public boolean covers(String areaCode, String code) {
			String prefix = areaCode.length() == 6 && areaCode.endsWith("00") ? areaCode.substring(0, 4) : areaCode;
			return code.startsWith(prefix) && (divisions.containsKey(code) || grids.containsKey(code));
		}
	}
}
