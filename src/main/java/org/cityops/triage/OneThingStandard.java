package org.cityops.triage;

import java.util.List;
import java.util.Set;

/**
 * A "one thing" (一件事) handling standard: a multi-unit playbook for one kind of social-governance
 * event. Steps with the same {@code order} run in parallel, each unit on its own deadline; the case
 * closes by {@link #closingRule()}. A standard may have variants (the noise standard has one per
 * noise source) that replace the lead unit, co-units and steps for some categories.
 *
 * @param code {@code OTnn}
 * @param triggers the case triggers the standard when any trigger matches
 * @param leadUnitKind the unit kind that leads (主办) and confirms the closing
 * @param coUnitKinds the unit kinds that co-handle (协办)
 * @param followUps return visits (回访) after closing
 */
public record OneThingStandard(String code, String name, String nameEn, String purpose, List<Trigger> triggers,
		String leadUnitKind, List<String> coUnitKinds, List<Step> steps, List<Variant> variants,
		List<String> rules, String closingRule, List<FollowUp> followUps) {

	public OneThingStandard {
		triggers = List.copyOf(triggers);
		coUnitKinds = List.copyOf(coUnitKinds);
		steps = List.copyOf(steps);
		variants = variants == null ? List.of() : List.copyOf(variants);
		rules = rules == null ? List.of() : List.copyOf(rules);
		followUps = followUps == null ? List.of() : List.copyOf(followUps);
	}

	/** Whether a case of this category carrying these tags triggers the standard. */
	public boolean triggeredBy(String categoryCode, Set<String> tags) {
		return triggers.stream().anyMatch(trigger -> trigger.matches(categoryCode, tags));
	}

	/** Whether a trigger or a variant names the category. */
	public boolean covers(String categoryCode) {
		return triggers.stream().anyMatch(trigger -> trigger.categories().contains(categoryCode))
				|| variants.stream().anyMatch(variant -> variant.categories().contains(categoryCode));
	}

	/** Lead, co-units, steps and rules for a case of this category (its variant's, or the default). */
	public Handling handlingFor(String categoryCode) {
		return variants.stream().filter(variant -> variant.categories().contains(categoryCode)).findFirst()
				.map(variant -> new Handling(variant.key(), variant.leadUnitKind(), variant.coUnitKinds(),
						variant.steps(), variant.rules()))
				.orElseGet(() -> new Handling(null, leadUnitKind, coUnitKinds, steps, rules));
	}

	/**
	 * Matches a case whose category is one of {@code categories} (any category when empty) and that
	 * carries every tag in {@code tags}.
	 */
	public record Trigger(List<String> categories, List<String> tags) {

		public Trigger {
			categories = categories == null ? List.of() : List.copyOf(categories);
			tags = tags == null ? List.of() : List.copyOf(tags);
		}

		public boolean matches(String categoryCode, Set<String> caseTags) {
			return (categories.isEmpty() || categories.contains(categoryCode)) && caseTags.containsAll(tags);
		}
	}

	/**
	 * One step for one unit. {@code urgentLimit} applies to urgent cases (for noise: at night while
	 * the noise goes on); {@code when} names the condition under which the step is needed, if any.
	 *
	 * @param done the completion criterion
	 */
	public record Step(int order, String unitKind, String action, TimeLimit limit, TimeLimit urgentLimit,
			String done, String when) {

		public TimeLimit limit(boolean urgentCase) {
			return urgentCase && urgentLimit != null ? urgentLimit : limit;
		}
	}

	/** A variant for some categories, e.g. construction noise within the noise standard. */
	public record Variant(String key, String name, List<String> categories, String leadUnitKind,
			List<String> coUnitKinds, List<String> rules, List<Step> steps) {

		public Variant {
			categories = List.copyOf(categories);
			coUnitKinds = List.copyOf(coUnitKinds);
			rules = rules == null ? List.of() : List.copyOf(rules);
			steps = List.copyOf(steps);
		}
	}

	/** A return visit (回访) by a unit some time after closing. */
	public record FollowUp(String unitKind, TimeLimit after, String content) {
	}

	/** What applies to one case: the variant chosen (null for the default) and its units and steps. */
	public record Handling(String variant, String leadUnitKind, List<String> coUnitKinds, List<Step> steps,
			List<String> rules) {
	}
}
