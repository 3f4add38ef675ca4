package org.cityops.triage.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.cityops.triage.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Administrators' edits of the catalogue. An edited row is marked so that re-imports leave it alone,
 * and every edit is kept in {@code triage.catalogue_edit} with the row before and after.
 */
@Component
public class CatalogueEdits {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final StoredCatalogue catalogue;

	CatalogueEdits(JdbcClient jdbc, JsonMapper json, Clock clock, StoredCatalogue catalogue) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	/**
	 * Replaces a minor class by {@code changed} (same code and major class).
	 * @throws NotFoundException when no such category exists
	 * @throws InvalidInputException when the changed category breaks a catalogue rule
	 */
	@Transactional
	public Category editCategory(Category changed, String editedBy) {
		String before = jdbc.sql("select definition from triage.category where code = ? for update")
				.param(changed.code()).query(String.class).optional()
				.orElseThrow(() -> new NotFoundException("code", "no category " + changed.code()));
		Category current = json.readValue(before, Category.class);
		List<FieldProblem> problems = CatalogueRules.problems(changed).stream()
				.map(problem -> new FieldProblem("category", problem)).toList();
		if (!current.majorCode().equals(changed.majorCode())) {
			throw new InvalidInputException("majorCode", "the major class of a category cannot change");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String after = json.writeValueAsString(changed);
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				update triage.category set name = ?, name_en = ?, unit_kind = ?, priority = ?,
				    definition = cast(? as jsonb), edited_at = ?, edited_by = ?
				where code = ?""")
				.params(changed.name(), changed.nameEn(), changed.unitKind(), changed.priority().name(), after, now,
						editedBy, changed.code())
				.update();
		jdbc.sql("""
				insert into triage.catalogue_edit (kind, code, edited_at, edited_by, before, after)
				values ('category', ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
				.params(changed.code(), now, editedBy, before, after).update();
		// Reloading before the commit could cache the old row again for a whole refresh period.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				catalogue.invalidate();
			}
		});
		return changed;
	}
}
