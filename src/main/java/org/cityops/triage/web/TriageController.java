package org.cityops.triage.web;

import java.util.List;

import org.cityops.shared.web.NotFoundException;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the catalogue for any signed-in user: categories (the Open311 services are built
 * from the same data), major classes and "one thing" standards.
 */
@RestController
@RequestMapping("/api/triage")
class TriageController {

	private final Categories categories;
	private final OneThingStandards standards;

	TriageController(Categories categories, OneThingStandards standards) {
		this.categories = categories;
		this.standards = standards;
	}

	@GetMapping("/categories")
	List<Category> categories() {
		return categories.all();
	}

	@GetMapping("/categories/{code}")
	Category category(@PathVariable String code) {
		return categories.byCode(code).orElseThrow(() -> new NotFoundException("code", "no category " + code));
	}

	@GetMapping("/majors")
	List<MajorClass> majors() {
		return categories.majors();
	}

	@GetMapping("/one-things")
	List<OneThingStandard> oneThings() {
		return standards.all();
	}
}
