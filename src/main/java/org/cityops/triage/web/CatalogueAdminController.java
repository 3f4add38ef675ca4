package org.cityops.triage.web;

import org.cityops.shared.web.InvalidInputException;
import org.cityops.triage.Category;
import org.cityops.triage.internal.CatalogueEdits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators edit the taxonomy in place: names, responsible unit kind, filing and closing
 * conditions, time limits. Every edit is recorded with the row before and after; a re-import of the
 * versioned file leaves edited rows alone.
 */
@RestController
@RequestMapping("/api/triage")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CatalogueAdminController {

	private final CatalogueEdits edits;

	CatalogueAdminController(CatalogueEdits edits) {
		this.edits = edits;
	}

	@PutMapping("/categories/{code}")
	Category edit(@PathVariable String code, @RequestBody Category changed, Authentication user) {
		if (changed == null || changed.code() == null || !changed.code().equals(code)) {
			throw new InvalidInputException("code", "must equal the code in the path, " + code);
		}
		return edits.editCategory(changed, user.getName());
	}
}
