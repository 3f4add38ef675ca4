package org.cityops.intake.web;

import java.util.List;

import org.cityops.shared.web.NotFoundException;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The citizen's pages (public, phone first): report a case with a place picked on the map, and follow
 * it by its receipt number, rating it once it is closed. Both pages work on the public report API
 * ({@code /api/public/reports}), so they show exactly what a citizen app would.
 */
@Controller
class CitizenPageController {

	private final Categories categories;

	CitizenPageController(Categories categories) {
		this.categories = categories;
	}

	@GetMapping("/report")
	String report(Model model) {
		model.addAttribute("groups", groups(categories));
		return "intake/report";
	}

	@GetMapping("/report/{receipt}")
	String follow(@PathVariable String receipt, Model model) {
		if (!receipt.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")) {
			throw new NotFoundException("receipt", "a receipt number looks like 7K3M-Q9XD-2F8A");
		}
		model.addAttribute("receipt", receipt);
		return "intake/follow";
	}

	/** The categories by major class, for a select with option groups. */
	static List<Group> groups(Categories categories) {
		return categories.majors().stream()
				.map(major -> new Group(major, categories.ofMajor(major.code())))
				.filter(group -> !group.categories().isEmpty())
				.toList();
	}

	/** Categories of one major class, for an option group. */
	record Group(MajorClass major, List<Category> categories) {
	}
}
