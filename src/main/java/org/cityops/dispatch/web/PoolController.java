package org.cityops.dispatch.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cityops.directory.DirectoryManagement;
import org.cityops.dispatch.CaseFilter;
import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.CaseSummary;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.ResponsibilityLoop;
import org.cityops.dispatch.AccountabilityRecord;
import org.cityops.dispatch.CurrentActor;
import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.cityops.shared.web.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pool as lists: filtered and paged for the centre, and each unit's two loops.
 */
@RestController
class PoolController {

	private static final String CITY = "330300";

	private final CaseSearch search;
	private final ResponsibilityLoop responsibility;
	private final DirectoryManagement directory;
	private final GeoManagement geo;
	private final CurrentActor actors;

	PoolController(CaseSearch search, ResponsibilityLoop responsibility, DirectoryManagement directory,
			GeoManagement geo, CurrentActor actors) {
		this.search = search;
		this.responsibility = responsibility;
		this.directory = directory;
		this.geo = geo;
		this.actors = actors;
	}

	@GetMapping("/api/cases")
	CaseSearch.Page list(@RequestParam(required = false) List<String> state,
			@RequestParam(required = false) String category, @RequestParam(required = false) String area,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) CaseFilter.Sort sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Authentication user) {
		if (page < 0) {
			throw new InvalidInputException("page", "must be 0 or more");
		}
		if (size < 1 || size > 200) {
			throw new InvalidInputException("size", "must be between 1 and 200");
		}
		if (category != null && !category.matches("\\d{2}|\\d{4}")) {
			throw new InvalidInputException("category", "must be a major (2 digits) or minor (4 digits) class code");
		}
		if (area != null && !directory.maySee(user.getName(), area)) {
			throw new AccessDeniedException("The area " + area + " lies outside yours");
		}
		return search.search(new CaseFilter(states(state), category, area, channel, tag, q, unit, open,
				visibleAreas(user.getName()), overdue, sort), page, size);
	}

	@GetMapping("/api/units/{code}/loops")
	Loops loops(@PathVariable String code, Authentication user) {
		if (directory.unit(code).isEmpty() && geo.grid(code).isEmpty()) {
			throw new org.cityops.shared.web.NotFoundException("code", "no unit " + code);
		}
		org.cityops.dispatch.Actor actor = actors.of(user);
		boolean own = code.equals(actor.unitCode());
		if (!own && !directory.maySee(user.getName(), CITY) && !directory.maySee(user.getName(), areaOf(code))) {
			throw new AccessDeniedException("The unit " + code + " lies outside your area");
		}
		return new Loops(code, search.openCasesOf(code), responsibility.ofUnit(code, true));
	}

	private String areaOf(String unitCode) {
		return directory.unit(unitCode).map(org.cityops.directory.Unit::divisionCode).orElse(unitCode);
	}

	private Set<String> visibleAreas(String username) {
		if (directory.maySee(username, CITY)) {
			return null;
		}
		Set<String> areas = new java.util.LinkedHashSet<>();
		for (Division county : geo.children(CITY)) {
			if (directory.maySee(username, county.code())) {
				areas.add(county.code());
			}
		}
		return areas;
	}

	private static Set<CaseState> states(List<String> names) {
		if (names == null || names.isEmpty()) {
			return null;
		}
		Set<CaseState> states = EnumSet.noneOf(CaseState.class);
		for (String name : names) {
			try {
				states.add(CaseState.valueOf(name.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException("state", "no state '" + name + "'");
			}
		}
		return states;
	}

	/**
	 * A unit's open items in both loops.
	 *
	 * @param unitCode the unit
	 * @param handling its cases still open (handling loop)
	 * @param responsibility its accountability records not yet accepted (responsibility loop)
	 */
	record Loops(String unitCode, List<CaseSummary> handling, List<AccountabilityRecord> responsibility) {
	}
}
