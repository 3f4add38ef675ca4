package org.cityops.geo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cityops.geo.DivisionLevel;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads Wenzhou's divisions from the NBS code tables shipped in {@code classpath:geo/}.
 */
final class DivisionSource {

	static final String CITY_CODE = "330300";
	static final String CITY_NAME = "温州市";
	/** NBS's "龙港县直辖村级区划": a filing placeholder, not a township. */
	static final String LONGGANG_PLACEHOLDER_TOWNSHIP = "330383198";

	private DivisionSource() {
	}

	/** The city, its counties, townships and communities, parents before children. */
	static List<DivisionRow> read() {
		List<DivisionRow> rows = new ArrayList<>();
		rows.add(new DivisionRow(CITY_CODE, CITY_NAME, DivisionLevel.CITY, null, false));
		for (Map<String, String> area : csv("geo/wenzhou_areas.csv")) {
			rows.add(new DivisionRow(area.get("code"), area.get("name"), DivisionLevel.COUNTY, CITY_CODE, false));
		}
		for (Map<String, String> street : csv("geo/wenzhou_streets.csv")) {
			String code = street.get("code");
			rows.add(new DivisionRow(code, street.get("name"), DivisionLevel.TOWNSHIP, street.get("areaCode"),
					LONGGANG_PLACEHOLDER_TOWNSHIP.equals(code)));
		}
		for (Map<String, String> village : csv("geo/wenzhou_villages.csv")) {
			rows.add(new DivisionRow(village.get("code"), village.get("name"), DivisionLevel.COMMUNITY,
					village.get("streetCode"), false));
		}
		return rows;
	}

	private static List<Map<String, String>> csv(String resource) {
		CsvMapper mapper = new CsvMapper();
		CsvSchema schema = CsvSchema.emptySchema().withHeader();
		try (InputStream in = new ClassPathResource(resource).getInputStream();
				MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
						.readValues(in)) {
			return rows.readAll();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read " + resource, e);
		}
	}

	record DivisionRow(String code, String name, DivisionLevel level, String parentCode, boolean placeholder) {
	}
}
