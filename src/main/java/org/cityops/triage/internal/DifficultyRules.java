package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityops.triage.CaseTag;
import org.cityops.triage.Category;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;

/**
 * The difficulty of a case (难度分级), one of {@code one-thing}, {@code collaborative},
 * {@code difficult}, {@code general} in that order of precedence, from evidence in the case: the
 * one-thing standards it triggers (with the signals, e.g. {@code REPEAT}), the units its text names
 * and what the text says about earlier reports. A repeat alone does not make a case difficult: the
 * same reporter may well report the same kind of matter in two places. A category that is "typically" difficult or collaborative does not
 * make every case so (that would send half the pool to the centre, since dispatch escalates these
 * tags); it is named in the reason.
 */
final class DifficultyRules {

	/** Words naming a unit, to the unit they name. */
	private static final Map<String, String> UNITS = new LinkedHashMap<>();
	private static final List<String> HISTORY = List.of("多次反映", "反映多次", "多次投诉", "投诉多次", "反映过好几次",
			"投诉过好几次", "打了好几次", "一直没解决", "一直没有解决", "一直没人管", "屡次", "反复反映", "又来反映", "还是没人管",
			"问题依旧", "老问题");

	static {
		UNITS.put("城管", "综合行政执法");
		UNITS.put("执法", "综合行政执法");
		UNITS.put("派出所", "公安");
		UNITS.put("警察", "公安");
		UNITS.put("110", "公安");
		UNITS.put("交警", "公安交警");
		UNITS.put("住建", "住建");
		UNITS.put("环保", "生态环境");
		UNITS.put("生态环境", "生态环境");
		UNITS.put("市场监管", "市场监管");
		UNITS.put("工商", "市场监管");
		UNITS.put("消防", "消防");
		UNITS.put("119", "消防");
		UNITS.put("物业", "物业");
		UNITS.put("居委会", "社区");
		UNITS.put("村委", "社区");
		UNITS.put("社区干部", "社区");
		UNITS.put("供电", "供电");
		UNITS.put("电力局", "供电");
		UNITS.put("自来水公司", "供水");
		UNITS.put("水务", "供水");
		UNITS.put("劳动监察", "人社");
		UNITS.put("人社", "人社");
		UNITS.put("卫健", "卫健");
		UNITS.put("教育局", "教育");
		UNITS.put("信访", "信访");
	}

	private DifficultyRules() {
	}

	static CaseTag difficulty(String text, Optional<Category> category, List<CaseTag> signals,
			OneThingStandards standards) {
		Set<String> units = new LinkedHashSet<>();
		UNITS.forEach((word, unit) -> {
			if (text.contains(word)) {
				units.add(unit);
			}
		});
		Optional<String> history = HISTORY.stream().filter(text::contains).findFirst();
		List<String> difficult = new ArrayList<>();
		history.ifPresent(words -> difficult.add("the text says it was reported before (“" + words + "”)"));
		if (!difficult.isEmpty() && category.map(Category::difficult).orElse(false)) {
			difficult.add("category " + category.get().code() + " is typically difficult");
		}
		String collaborative = units.size() >= 2 ? "the text names " + units.size() + " units: " + String.join("、", units)
				: null;
		Set<String> tags = signals.stream().map(CaseTag::name).collect(Collectors.toCollection(LinkedHashSet::new));
		if (!difficult.isEmpty()) {
			tags.add("DIFFICULT");
		}
		if (collaborative != null) {
			tags.add("COLLABORATIVE");
		}
		if (category.isPresent()) {
			List<OneThingStandard> triggered = standards.triggeredBy(category.get().code(), tags);
			if (!triggered.isEmpty()) {
				OneThingStandard standard = triggered.get(0);
				Set<String> matched = new LinkedHashSet<>(tags);
				matched.retainAll(standard.triggers().stream().filter(t -> t.matches(category.get().code(), tags))
						.flatMap(t -> t.tags().stream()).collect(Collectors.toSet()));
				return new CaseTag("one-thing", standard.code() + " " + standard.name() + ": category "
						+ category.get().code() + " " + category.get().name()
						+ (matched.isEmpty() ? "" : " with " + String.join(", ", matched)));
			}
		}
		if (collaborative != null) {
			return new CaseTag("collaborative", collaborative);
		}
		if (!difficult.isEmpty()) {
			return new CaseTag("difficult", String.join("; ", difficult));
		}
		return new CaseTag("general", category.map(c -> "category " + c.code() + " " + c.name()
				+ (c.collaborative() || c.difficult() ? " (typically " + (c.difficult() ? "difficult" : "collaborative")
						+ ", but nothing in this case says so)" : "") + "; no repeat, no second unit named")
				.orElse("no category yet; the centre decides"));
	}
}
