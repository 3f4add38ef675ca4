package org.cityops.console.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cityops.directory.StaffOnly;
import org.cityops.dispatch.CaseFilter;
import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.CaseSummary;
import org.cityops.dispatch.Channel;
import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dispatcher's case pool: filters, sort, paging and text search over {@link CaseSearch}, the
 * results as a fragment that htmx swaps in when a filter changes or a case moves, and the open cases
 * as GeoJSON markers for the map.
 */
@Controller
@StaffOnly
class CasePoolController {

	static final int PAGE_SIZE = 20;
	static final int MAP_LIMIT = 200;
	private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
	private static final String LONGGANG_TOWNSHIP = "330383198";

	private final CaseSearch search;
	private final CaseAccess access;
	private final GeoManagement geo;

	CasePoolController(CaseSearch search, CaseAccess access, GeoManagement geo) {
		this.search = search;
		this.access = access;
		this.geo = geo;
	}

	/**
	 * The pool's filter as the page's form sends it; empty fields do not filter.
	 */
	record PoolQuery(String state, String category, String area, Channel channel, String tag, String q,
			Boolean overdue, CaseFilter.Sort sort, Integer page) {

		public boolean overdueOnly() {
			return Boolean.TRUE.equals(overdue);
		}

		public int pageIndex() {
			return page == null || page < 0 ? 0 : page;
		}

		/** The query string of this filter at another page (for the paging links). */
		public String at(int otherPage) {
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("state", state);
			values.put("category", category);
			values.put("area", area);
			values.put("channel", channel);
			values.put("tag", tag);
			values.put("q", q);
			values.put("overdue", overdueOnly() ? "true" : null);
			values.put("sort", sort);
			values.put("page", otherPage);
			StringBuilder query = new StringBuilder();
			values.forEach((name, value) -> {
				if (value != null && !value.toString().isBlank()) {
					query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
							.append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
				}
			});
			return query.toString();
		}
	}

	@GetMapping("/cases")
	String pool(PoolQuery query, Authentication user, Model model) {
		results(query, user, model);
		model.addAttribute("states", CaseState.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("sorts", CaseFilter.Sort.values());
		model.addAttribute("areas", areas());
		return "cases/pool";
	}

	@GetMapping("/cases/results")
	String results(PoolQuery query, Authentication user, Model model) {
		CaseSearch.Page page = search.search(filter(query, user, false), query.pageIndex(), PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("result", page);
		model.addAttribute("pages", Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "cases/pool :: results";
	}

	/** The open cases matching the filter that have a position, as GeoJSON points (at most 200). */
	@GetMapping("/console/cases.geojson")
	ResponseEntity<Map<String, Object>> markers(PoolQuery query, Authentication user) {
		List<Map<String, Object>> features = new ArrayList<>();
		for (CaseSummary summary : search.search(filter(query, user, true), 0, MAP_LIMIT).cases()) {
			if (summary.lat() == null || summary.lng() == null) {
				continue;
			}
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("id", summary.id().value());
			properties.put("state", summary.state().name());
			properties.put("group", CaseText.group(summary.state()));
			properties.put("urgent", summary.urgent());
			properties.put("grid", summary.gridCode());
			properties.put("description", summary.description());
			features.add(Map.of("type", "Feature", "geometry",
					Map.of("type", "Point", "coordinates", List.of(summary.lng(), summary.lat())), "properties",
					properties));
		}
		return ResponseEntity.ok().contentType(GEOJSON).body(Map.of("type", "FeatureCollection", "features", features));
	}

	private CaseFilter filter(PoolQuery query, Authentication user, boolean openOnly) {
		String area = blank(query.area());
		if (area != null && !access.maySeeArea(user.getName(), area)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "area: " + area + " lies outside your area");
		}
		String category = blank(query.category());
		if (category != null && !category.matches("\\d{2}|\\d{4}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"category: must be a major (2 digits) or minor (4 digits) class code");
		}
		return new CaseFilter(states(query.state()), category, area, query.channel(), blank(query.tag()),
				blank(query.q()), null, openOnly, access.visibleAreas(user.getName()), query.overdueOnly(), query.sort());
	}

	private static Set<CaseState> states(String state) {
		if (blank(state) == null) {
			return null;
		}
		try {
			return EnumSet.of(CaseState.valueOf(state.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "state: no state " + state);
		}
	}

	/** 龙港市 and its communities, for the area filter. */
	private List<Division> areas() {
		List<Division> areas = new ArrayList<>();
		geo.division("330383").ifPresent(areas::add);
		areas.addAll(geo.children(LONGGANG_TOWNSHIP));
		return areas;
	}

	private static String blank(String text) {
		return ActionForm.blankToNull(text);
	}
}
