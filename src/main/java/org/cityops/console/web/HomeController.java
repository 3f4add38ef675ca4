package org.cityops.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's home page: the division tree and the map of 龙港市's grids.
 */
@Controller
class HomeController {

	private final AreaTree tree;

	HomeController(AreaTree tree) {
		this.tree = tree;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("tree", tree.root());
		model.addAttribute("gridCounts", tree.gridCounts(AreaTree.LONGGANG));
		return "console/home";
	}
}
