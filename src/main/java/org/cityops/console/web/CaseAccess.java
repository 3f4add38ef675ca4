package org.cityops.console.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cityops.directory.DirectoryManagement;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CurrentActor;
import org.cityops.geo.Division;
import org.cityops.geo.GeoManagement;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which cases a console user may see, decided as the case API decides: staff inside the areas they
 * may see ({@link DirectoryManagement#maySee}), reporters their own case.
 */
@Component
class CaseAccess {

	static final String CITY = "330300";

	private final CaseManagement cases;
	private final DirectoryManagement directory;
	private final GeoManagement geo;
	private final CurrentActor actors;

	CaseAccess(CaseManagement cases, DirectoryManagement directory, GeoManagement geo, CurrentActor actors) {
		this.cases = cases;
		this.directory = directory;
		this.geo = geo;
		this.actors = actors;
	}

	Actor actor(Authentication user) {
		return actors.of(user);
	}

	/** The case, if it exists (else 404) and the user may see it (else 403). */
	CaseDetails visibleCase(String id, Authentication user) {
		if (!CaseId.isWellFormed(id)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "id: must be a case id such as C202611280000001");
		}
		CaseDetails details = cases.find(new CaseId(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "id: no case " + id));
		if (!maySee(user.getName(), details)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "The case lies outside your area");
		}
		return details;
	}

	boolean maySee(String username, CaseDetails details) {
		if (username.equals(details.reporter().account())) {
			return true;
		}
		String area = details.place() == null ? CITY
				: details.place().microGrid() != null ? details.place().microGrid().code()
						: details.place().county().code();
		return directory.maySee(username, area);
	}

	/** The counties a user may see, {@code null} when the whole city. */
	Set<String> visibleAreas(String username) {
		if (directory.maySee(username, CITY)) {
			return null;
		}
		Set<String> areas = new LinkedHashSet<>();
		for (Division county : geo.children(CITY)) {
			if (directory.maySee(username, county.code())) {
				areas.add(county.code());
			}
		}
		return areas;
	}

	boolean maySeeArea(String username, String area) {
		return directory.maySee(username, area);
	}
}
