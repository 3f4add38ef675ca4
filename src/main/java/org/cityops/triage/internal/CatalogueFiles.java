package org.cityops.triage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.Priority;
import org.cityops.triage.TimeLimits;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the versioned catalogue files from the class path and checks them; a file that breaks a rule
 * fails with every problem listed, so that a bad edit stops the start-up instead of a dispatch.
 */
public final class CatalogueFiles {

	/** The taxonomy file in force. */
	public static final String TAXONOMY = "triage/taxonomy-v1.yaml";

	/** The "one thing" standards file in force. */
	public static final String ONE_THING = "triage/one-thing-v1.yaml";

	private static final YAMLMapper YAML = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();

	private CatalogueFiles() {
	}

	public static Taxonomy taxonomy(String resource) {
		byte[] content = read(resource);
		TaxonomyFile file = YAML.readValue(content, TaxonomyFile.class);
		List<MajorClass> majors = new ArrayList<>();
		List<Category> categories = new ArrayList<>();
		for (MajorEntry major : file.majors()) {
			majors.add(new MajorClass(major.code(), major.name(), major.nameEn(), major.nature()));
			for (MinorEntry minor : major.minors()) {
				categories.add(minor.toCategory(major.code()));
			}
		}
		Taxonomy taxonomy = new Taxonomy(file.version(), sha256(content), majors, categories);
		CatalogueRules.check(resource, CatalogueRules.problems(taxonomy));
		return taxonomy;
	}

	public static Playbooks playbooks(String resource, Taxonomy taxonomy) {
		byte[] content = read(resource);
		OneThingFile file = YAML.readValue(content, OneThingFile.class);
		Playbooks playbooks = new Playbooks(file.version(), sha256(content), file.tags(), file.standards());
		CatalogueRules.check(resource, CatalogueRules.problems(playbooks, taxonomy));
		return playbooks;
	}

	static byte[] read(String resource) {
		try (InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("catalogue file not on the class path: " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	record TaxonomyFile(int version, List<MajorEntry> majors) {
	}

	record MajorEntry(String code, String name, String nameEn, MajorClass.Nature nature, List<MinorEntry> minors) {
	}

	record MinorEntry(String code, String name, String nameEn, String description, String unitKind, String filing,
			String closing, Priority priority, boolean difficult, boolean collaborative, Limits limits) {

		Category toCategory(String majorCode) {
			return new Category(code, majorCode, name, nameEn, description, unitKind, filing, closing, priority,
					difficult, collaborative, limits == null ? null : limits.normal(),
					limits == null ? null : limits.urgent());
		}
	}

	record Limits(TimeLimits normal, TimeLimits urgent) {
	}

	record OneThingFile(int version, Map<String, String> tags, List<OneThingStandard> standards) {
	}
}
