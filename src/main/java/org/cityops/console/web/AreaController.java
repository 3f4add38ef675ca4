package org.cityops.console.web;

import java.security.Principal;
import java.util.regex.Pattern;

import org.cityops.directory.DirectoryManagement;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.GridLevel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * HTML fragments of the home page: the division tree opened one level at a time, and the card of a
 * grid clicked on the map. Bad or unknown codes answer 400 or 404 (the error page for browsers).
 */
@Controller
@RequestMapping("/console")
class AreaController {

	private static final Pattern GRID_CODE = Pattern.compile("\\d{12}-G\\d{2}");

	private final AreaTree tree;
	private final GeoManagement geo;
	private final DirectoryManagement directory;

	AreaController(AreaTree tree, GeoManagement geo, DirectoryManagement directory) {
		this.tree = tree;
		this.geo = geo;
		this.directory = directory;
	}

	@GetMapping("/areas/{code}/children")
	String children(@PathVariable String code, Model model) {
		if (!AreaTree.isDivisionCode(code)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"code: must be a division code of 6, 9 or 12 digits");
		}
		tree.division(code)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "code: no division " + code));
		model.addAttribute("nodes", tree.children(code));
		return "console/tree :: nodes";
	}

	@GetMapping("/grids/{code}")
	String grid(@PathVariable String code, Principal user, Model model) {
		if (!GRID_CODE.matcher(code).matches()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"code: must be a grid code such as 330383198001-G01");
		}
		Grid grid = geo.grid(code).filter(found -> found.level() == GridLevel.GRID)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "code: no grid " + code));
		GridCard.Team team = directory.maySee(user.getName(), code)
				? directory.gridStaff(code).map(GridCard.Team::of).orElse(null) : null;
		model.addAttribute("card", new GridCard(grid, geo.division(grid.communityCode()).orElseThrow(),
				geo.microGrids(code).size(), team));
		return "console/grid-card :: card";
	}
}
