package org.cityops.triage.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;
import org.cityops.triage.OneThingStandard;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as stored in the {@code triage} schema, served from an in-memory copy that is read
 * again when older than {@link TriageSettings#catalogueRefresh()} or after an edit on this node.
 */
@Component
class StoredCatalogue implements Categories {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;
	private final TriageSettings settings;
	private volatile Snapshot snapshot;

	/** Takes the import so that the files are in the database before the first read. */
	StoredCatalogue(CatalogueImport imported, JdbcClient jdbc, JsonMapper json, Clock clock, TriageSettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.settings = settings;
	}

	@Override
	public List<Category> all() {
		return List.copyOf(current().categories().values());
	}

	@Override
	public Optional<Category> byCode(String code) {
		return Optional.ofNullable(current().categories().get(code));
	}

	@Override
	public List<MajorClass> majors() {
		return current().majors();
	}

	@Override
	public List<Category> ofMajor(String majorCode) {
		return current().categories().values().stream().filter(category -> category.majorCode().equals(majorCode))
				.toList();
	}

	/** The "one thing" standards, ordered by code; served to others by {@link StoredStandards}. */
	List<OneThingStandard> standards() {
		return current().standards();
	}

	@EventListener
	void on(CatalogueChanged changed) {
		invalidate();
	}

	/** Forgets the in-memory copy; the next read loads the catalogue again. */
	void invalidate() {
		snapshot = null;
	}

	private Snapshot current() {
		Snapshot seen = snapshot;
		Instant now = clock.instant();
		if (seen == null || seen.loadedAt().plus(settings.catalogueRefresh()).isBefore(now)) {
			seen = load(now);
			snapshot = seen;
		}
		return seen;
	}

	private Snapshot load(Instant now) {
		List<MajorClass> majors = jdbc.sql("select code, name, name_en, nature from triage.major_class order by code")
				.query((rs, row) -> new MajorClass(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
						MajorClass.Nature.valueOf(rs.getString("nature"))))
				.list();
		Map<String, Category> categories = new LinkedHashMap<>();
		jdbc.sql("select definition from triage.category order by code").query(String.class).list()
				.forEach(definition -> {
					Category category = json.readValue(definition, Category.class);
					categories.put(category.code(), category);
				});
		List<OneThingStandard> standards = jdbc.sql("select definition from triage.one_thing_standard order by code")
				.query(String.class).list().stream()
				.map(definition -> json.readValue(definition, OneThingStandard.class)).toList();
		return new Snapshot(now, majors, categories, standards);
	}

	private record Snapshot(Instant loadedAt, List<MajorClass> majors, Map<String, Category> categories,
			List<OneThingStandard> standards) {
	}
}
