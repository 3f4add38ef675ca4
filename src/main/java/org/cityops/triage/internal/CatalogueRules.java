package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandard.Step;
import org.cityops.triage.OneThingStandard.Trigger;
import org.cityops.triage.OneThingStandard.Variant;

/**
 * The rules a catalogue file must keep. Each method returns the problems found, empty when none.
 */
final class CatalogueRules {

	/** Open311 service lists show the name on one line. */
	static final int MAX_NAME_LENGTH = 10;

	private static final Pattern MAJOR_CODE = Pattern.compile("\\d{2}");
	private static final Pattern MINOR_CODE = Pattern.compile("\\d{4}");
	private static final Pattern STANDARD_CODE = Pattern.compile("OT\\d{2}");

	private CatalogueRules() {
	}

	static void check(String resource, List<String> problems) {
		if (!problems.isEmpty()) {
			throw new IllegalStateException(resource + " breaks " + problems.size() + " rule(s):\n  - "
					+ String.join("\n  - ", problems));
		}
	}

	static List<String> problems(Taxonomy taxonomy) {
		List<String> problems = new ArrayList<>();
		Set<String> majorCodes = new HashSet<>();
		for (MajorClass major : taxonomy.majors()) {
			require(problems, MAJOR_CODE.matcher(String.valueOf(major.code())).matches(), major.code(), "code is not MM");
			require(problems, majorCodes.add(major.code()), major.code(), "major code used twice");
			requireText(problems, major.code(), "name", major.name());
			requireText(problems, major.code(), "nameEn", major.nameEn());
			require(problems, major.nature() != null, major.code(), "nature missing");
		}
		Set<String> codes = new HashSet<>();
		for (Category category : taxonomy.categories()) {
			require(problems, codes.add(category.code()), category.code(), "minor code used twice");
			require(problems, majorCodes.contains(category.majorCode()), category.code(), "unknown major class");
			problems.addAll(problems(category));
		}
		return problems;
	}

	/** The rules one minor class keeps on its own (an administrator's edit is checked by these). */
	static List<String> problems(Category category) {
		List<String> problems = new ArrayList<>();
		String code = String.valueOf(category.code());
		require(problems, MINOR_CODE.matcher(code).matches() && code.startsWith(String.valueOf(category.majorCode())),
				code, "code is not MMmm of its major class " + category.majorCode());
		requireText(problems, code, "name", category.name());
		require(problems, category.name() == null || category.name().length() <= MAX_NAME_LENGTH, code,
				"name longer than " + MAX_NAME_LENGTH + " characters");
		requireText(problems, code, "nameEn", category.nameEn());
		requireText(problems, code, "description", category.description());
		requireText(problems, code, "filing", category.filing());
		requireText(problems, code, "closing", category.closing());
		requireUnitKind(problems, code, category.unitKind());
		require(problems, category.priority() != null, code, "priority missing");
		require(problems, category.normal() != null && category.urgent() != null, code,
				"normal and urgent limits are both needed");
		return problems;
	}

	static List<String> problems(Playbooks playbooks, Taxonomy taxonomy) {
		List<String> problems = new ArrayList<>();
		Set<String> categoryCodes = taxonomy.categories().stream().map(Category::code).collect(Collectors.toSet());
		Set<String> codes = new HashSet<>();
		for (OneThingStandard standard : playbooks.standards()) {
			String code = String.valueOf(standard.code());
			require(problems, STANDARD_CODE.matcher(code).matches(), code, "code is not OTnn");
			require(problems, codes.add(code), code, "standard code used twice");
			requireText(problems, code, "name", standard.name());
			requireText(problems, code, "nameEn", standard.nameEn());
			requireText(problems, code, "closingRule", standard.closingRule());
			require(problems, !standard.triggers().isEmpty(), code, "no trigger");
			for (Trigger trigger : standard.triggers()) {
				require(problems, !trigger.categories().isEmpty() || !trigger.tags().isEmpty(), code,
						"a trigger needs categories or tags");
				trigger.categories().forEach(category -> require(problems, categoryCodes.contains(category), code,
						"trigger names unknown category " + category));
				trigger.tags().forEach(tag -> require(problems, playbooks.tags().containsKey(tag), code,
						"trigger names unknown tag " + tag));
			}
			checkUnits(problems, code, standard.leadUnitKind(), standard.coUnitKinds(), standard.steps());
			Set<String> variantKeys = new HashSet<>();
			for (Variant variant : standard.variants()) {
				String where = code + "/" + variant.key();
				require(problems, variantKeys.add(String.valueOf(variant.key())), where, "variant key used twice");
				variant.categories().forEach(category -> require(problems, categoryCodes.contains(category), where,
						"variant names unknown category " + category));
				checkUnits(problems, where, variant.leadUnitKind(), variant.coUnitKinds(), variant.steps());
			}
			standard.followUps().forEach(followUp -> {
				requireUnitKind(problems, code + " follow-up", followUp.unitKind());
				require(problems, followUp.after() != null, code, "follow-up without time");
			});
		}
		return problems;
	}

	/** Lead and co-units are known kinds, every co-unit has a step, every step belongs to one of them. */
	private static void checkUnits(List<String> problems, String where, String lead, List<String> coUnits,
			List<Step> steps) {
		requireUnitKind(problems, where + " lead", lead);
		coUnits.forEach(unit -> requireUnitKind(problems, where + " co-unit", unit));
		require(problems, !steps.isEmpty(), where, "no steps");
		Set<String> stepUnits = new HashSet<>();
		for (Step step : steps) {
			stepUnits.add(step.unitKind());
			require(problems, step.unitKind() != null && (step.unitKind().equals(lead) || coUnits.contains(step.unitKind())),
					where, "step unit " + step.unitKind() + " is neither lead nor co-unit");
			require(problems, step.order() >= 1, where, "step order must be 1 or more");
			require(problems, step.limit() != null, where, "step without time limit: " + step.action());
			requireText(problems, where, "step action", step.action());
			requireText(problems, where, "step completion criterion", step.done());
		}
		coUnits.forEach(unit -> require(problems, stepUnits.contains(unit), where, "co-unit " + unit + " has no step"));
	}

	private static void requireUnitKind(List<String> problems, String where, String unitKind) {
		require(problems, UnitKinds.NAMES.contains(unitKind), where, "unknown unit kind " + unitKind);
	}

	private static void requireText(List<String> problems, String where, String field, String value) {
		require(problems, value != null && !value.isBlank(), where, field + " missing");
	}

	private static void require(List<String> problems, boolean holds, String where, String problem) {
		if (!holds) {
			problems.add(where + ": " + problem);
		}
	}
}
