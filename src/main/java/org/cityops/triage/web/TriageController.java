package org.cityops.triage.web;

import java.util.List;

import org.cityops.shared.web.NotFoundException;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;
import org.cityops.triage.Assessment;
import org.cityops.triage.Triage;
import org.cityops.triage.TriageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
	private final Triage triage;

	TriageController(Categories categories, OneThingStandards standards, Triage triage) {
		this.categories = categories;
		this.standards = standards;
		this.triage = triage;
	}

	/**
	 * Trains the classifier again from the corpus and every human label, and swaps the new model
	 * in without a restart.
	 */
	@PostMapping("/retrain")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	Triage.Retrained retrain() {
		return triage.retrain();
	}

	/** What triage would say about a text (no case is opened, nothing is recorded). */
	@PostMapping("/assess")
	@PreAuthorize("isAuthenticated()")
	Assessment assess(@RequestBody TextToAssess body) {
		return triage.assess(new TriageRequest(body == null ? null : body.text(), null, null), Triage.EarlierCases.NONE);
	}

	record TextToAssess(String text) {
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
