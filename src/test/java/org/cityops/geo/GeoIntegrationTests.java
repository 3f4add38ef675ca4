package org.cityops.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class GeoIntegrationTests {

	@Autowired
	GeoManagement geo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void importsWenzhousDivisionsAtEveryLevel() {
		assertThat(count("select count(*) from geo.division where level = 'COUNTY'")).isEqualTo(12);
		assertThat(count("select count(*) from geo.division where level = 'TOWNSHIP'")).isEqualTo(191);
		assertThat(count("select count(*) from geo.division where level = 'COMMUNITY'")).isEqualTo(3685);
		assertThat(geo.children("330300")).extracting(Division::code).contains("330383").hasSize(12);
	}

	@Test
	void generatesLonggangsGridsAndMicroGrids() {
		assertThat(count("select count(*) from geo.grid where level = 'GRID' and county_code = '330383'")).isEqualTo(469);
		assertThat(count("select count(*) from geo.grid where level = 'MICRO_GRID' and county_code = '330383'"))
				.isEqualTo(3311);
		assertThat(geo.gridsOfCounty("330383")).hasSize(469);
		assertThat(geo.gridsOfCounty("330302")).isEmpty();
	}

	@Test
	void marksLonggangsPlaceholderTownshipAndDerivedBoundary() {
		Division placeholder = geo.division("330383198").orElseThrow();
		assertThat(placeholder.placeholder()).isTrue();
		assertThat(geo.division("330383").orElseThrow().boundary()).isEqualTo(BoundarySource.DERIVED_APPROXIMATE);
		assertThat(geo.division("330302").orElseThrow().boundary()).isEqualTo(BoundarySource.PUBLISHED);
		assertThat(geo.division("330383198001").orElseThrow().boundary()).isEqualTo(BoundarySource.GENERATED);
	}

	@Test
	void locatesAGridsOwnCentroidInThatGrid() {
		for (Grid grid : List.of(geo.gridsOfCounty("330383").get(0), geo.gridsOfCounty("330383").get(468))) {
			Grid micro = geo.microGrids(grid.code()).get(3);
			Location location = geo.locate(micro.centroid()).orElseThrow();
			assertThat(location.microGrid().code()).isEqualTo(micro.code());
			assertThat(location.grid().code()).isEqualTo(grid.code());
			assertThat(location.community().code()).isEqualTo(grid.communityCode());
			assertThat(location.township().code()).isEqualTo("330383198");
			assertThat(location.county().code()).isEqualTo("330383");
			assertThat(location.city().code()).isEqualTo("330300");
		}
	}

	@Test
	void coversFollowsTheHierarchy() {
		Grid grid = geo.gridsOfCommunity("330383198001").get(0);
		String micro = geo.microGrids(grid.code()).get(0).code();
		assertThat(geo.covers("330383", micro)).isTrue();
		assertThat(geo.covers("330300", micro)).isTrue();
		assertThat(geo.covers(grid.code(), micro)).isTrue();
		assertThat(geo.covers("330302", micro)).isFalse();
		assertThat(geo.covers("330302", "330302006044")).isTrue();
	}

	@Test
	void answersLocateWithEveryLevel() throws Exception {
		Grid micro = geo.microGrids("330383198001-G01").get(0);
		mvc.perform(get("/api/geo/locate").param("lat", String.valueOf(micro.centroid().lat()))
				.param("lng", String.valueOf(micro.centroid().lng())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.microGrid.code").value(micro.code()))
				.andExpect(jsonPath("$.grid.code").value("330383198001-G01"))
				.andExpect(jsonPath("$.community.name").value("金钗河社区"))
				.andExpect(jsonPath("$.township.code").value("330383198"))
				.andExpect(jsonPath("$.townshipIsPlaceholder").value(true))
				.andExpect(jsonPath("$.county.name").value("龙港市"))
				.andExpect(jsonPath("$.city.code").value("330300"));
	}

	@Test
	void answers404OutsideEveryGridAndSaysWhichCounty() throws Exception {
		mvc.perform(get("/api/geo/locate").param("lat", "28.0").param("lng", "120.65"))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("鹿城区")));
		mvc.perform(get("/api/geo/locate").param("lat", "10").param("lng", "10"))
				.andExpect(status().isNotFound());
	}

	@Test
	void rejectsMalformedCoordinatesNamingTheField() throws Exception {
		mvc.perform(get("/api/geo/locate").param("lat", "95").param("lng", "120.5"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.field").value("lat"));
		mvc.perform(get("/api/geo/locate").param("lat", "north").param("lng", "120.5"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("lat"));
		mvc.perform(get("/api/geo/locate").param("lat", "27.5"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("lng"));
	}

	@Test
	void answersDivisionsAndTheirChildren() throws Exception {
		mvc.perform(get("/api/geo/divisions/330383"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value("龙港市"))
				.andExpect(jsonPath("$.approximate").value(true))
				.andExpect(jsonPath("$.path[0].code").value("330300"));
		mvc.perform(get("/api/geo/divisions/330300/children"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(12));
		mvc.perform(get("/api/geo/divisions/33030x")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("code"));
		mvc.perform(get("/api/geo/divisions/330399")).andExpect(status().isNotFound());
	}

	@Test
	void listsGridsOfACommunityAndServesMapLayers() throws Exception {
		mvc.perform(get("/api/geo/grids").param("community", "330383198001"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].code").value("330383198001-G01"));
		mvc.perform(get("/api/geo/grids").param("community", "330383"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("community"));
		mvc.perform(get("/api/geo/grids.geojson").param("county", "330383"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.features.length()").value(469))
				.andExpect(jsonPath("$.features[0].properties.boundary").value("GENERATED"));
		mvc.perform(get("/api/geo/grids.geojson").param("county", "330383").param("level", "MICRO_GRID"))
				.andExpect(jsonPath("$.features.length()").value(3311));
		mvc.perform(get("/api/geo/grids.geojson").param("county", "330383").param("level", "BLOCK"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("level"));
		mvc.perform(get("/api/geo/divisions.geojson").param("parent", "330300"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.features.length()").value(12));
	}

	@Test
	void importingAgainChangesNothing(
			@Autowired @Qualifier("geoReferenceImport") InitializingBean geoReferenceImport)
			throws Exception {
		long divisions = count("select count(*) from geo.division");
		long grids = count("select count(*) from geo.grid");
		geoReferenceImport.afterPropertiesSet();
		assertThat(count("select count(*) from geo.division")).isEqualTo(divisions);
		assertThat(count("select count(*) from geo.grid")).isEqualTo(grids);
		assertThat(count("select count(*) from geo.dataset")).isEqualTo(2);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
