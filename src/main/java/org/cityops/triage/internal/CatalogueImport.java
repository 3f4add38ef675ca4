package org.cityops.triage.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;
import org.cityops.triage.OneThingStandard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the catalogue files into the {@code triage} schema at start-up. Keyed by file version: a
 * version already imported is skipped, so restarts write nothing; a new version replaces every row
 * except those an administrator edited, which it lists in the import record for review. Nodes that
 * start together serialise on an advisory lock.
 */
@Component
public class CatalogueImport implements InitializingBean {

	static final String TAXONOMY = "taxonomy";
	static final String ONE_THING = "one-thing";

	private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final JsonMapper json;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	CatalogueImport(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public void afterPropertiesSet() {
		Taxonomy taxonomy = CatalogueFiles.taxonomy(CatalogueFiles.TAXONOMY);
		log.info("Triage catalogue: {}", importTaxonomy(taxonomy));
		log.info("Triage catalogue: {}", importPlaybooks(CatalogueFiles.playbooks(CatalogueFiles.ONE_THING, taxonomy)));
	}

	public ImportResult importTaxonomy(Taxonomy taxonomy) {
		return importOnce(TAXONOMY, taxonomy.version(), taxonomy.checksum(), () -> {
			taxonomy.majors().forEach(major -> upsert(major, taxonomy.version()));
			return upsertAll(taxonomy.categories(), category -> upsert(category, taxonomy.version()), Category::code);
		});
	}

	public ImportResult importPlaybooks(Playbooks playbooks) {
		return importOnce(ONE_THING, playbooks.version(), playbooks.checksum(),
				() -> upsertAll(playbooks.standards(), standard -> upsert(standard, playbooks.version()),
						OneThingStandard::code));
	}

	private ImportResult importOnce(String file, int version, String checksum, Supplier<Rows> write) {
		ImportResult result = transactions.execute(status -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('triage.catalogue_import'))").query().listOfRows();
			Optional<String> imported = jdbc.sql("select checksum from triage.catalogue_import where file = ? and version = ?")
					.params(file, version).query(String.class).optional();
			if (imported.isPresent()) {
				if (!imported.get().equals(checksum)) {
					log.warn("{} version {} changed since it was imported; give the file a new version to import it", file,
							version);
				}
				return ImportResult.alreadyImported(file, version);
			}
			Rows rows = write.get();
			jdbc.sql("""
					insert into triage.catalogue_import (file, version, checksum, imported_at, rows_written, rows_kept)
					values (?, ?, ?, ?, ?, ?)""")
					.params(file, version, checksum, OffsetDateTime.now(clock), rows.written(),
							rows.kept().toArray(String[]::new))
					.update();
			return new ImportResult(file, version, true, rows.written(), rows.kept());
		});
		if (result.imported()) {
			events.publishEvent(new CatalogueChanged(file, version));
		}
		return result;
	}

	private <T> Rows upsertAll(List<T> items, Function<T, Integer> upsert, Function<T, String> code) {
		int written = 0;
		List<String> kept = new ArrayList<>();
		for (T item : items) {
			if (upsert.apply(item) > 0) {
				written++;
			}
			else {
				kept.add(code.apply(item));
			}
		}
		return new Rows(written, kept);
	}

	private void upsert(MajorClass major, int version) {
		jdbc.sql("""
				insert into triage.major_class (code, name, name_en, nature, source_version) values (?, ?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, name_en = excluded.name_en, nature = excluded.nature,
				    source_version = excluded.source_version""")
				.params(major.code(), major.name(), major.nameEn(), major.nature().name(), version).update();
	}

	/** Writes a category unless an administrator edited it; returns the rows written (0 or 1). */
	private int upsert(Category category, int version) {
		return jdbc.sql("""
				insert into triage.category (code, major_code, name, name_en, unit_kind, priority, definition, source_version)
				values (:code, :major, :name, :nameEn, :unitKind, :priority, cast(:definition as jsonb), :version)
				on conflict (code) do update set major_code = excluded.major_code, name = excluded.name,
				    name_en = excluded.name_en, unit_kind = excluded.unit_kind, priority = excluded.priority,
				    definition = excluded.definition, source_version = excluded.source_version
				where triage.category.edited_at is null""")
				.param("code", category.code()).param("major", category.majorCode()).param("name", category.name())
				.param("nameEn", category.nameEn()).param("unitKind", category.unitKind())
				.param("priority", category.priority().name()).param("definition", json.writeValueAsString(category))
				.param("version", version).update();
	}

	private int upsert(OneThingStandard standard, int version) {
		return jdbc.sql("""
				insert into triage.one_thing_standard (code, name, lead_unit_kind, definition, source_version)
				values (:code, :name, :lead, cast(:definition as jsonb), :version)
				on conflict (code) do update set name = excluded.name, lead_unit_kind = excluded.lead_unit_kind,
				    definition = excluded.definition, source_version = excluded.source_version
				where triage.one_thing_standard.edited_at is null""")
				.param("code", standard.code()).param("name", standard.name()).param("lead", standard.leadUnitKind())
				.param("definition", json.writeValueAsString(standard)).param("version", version).update();
	}

	private record Rows(int written, List<String> kept) {
	}
}
