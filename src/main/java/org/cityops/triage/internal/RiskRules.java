package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityops.triage.Assessment.Risk;

/**
 * Risk keywords that make a case urgent and alert the duty chiefs. A keyword right after a
 * negation (没, 未, 无, 不) does not count ("没有起火"). Kinds are the one-thing catalogue's tags.
 */
final class RiskRules {

	private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

	static {
		KEYWORDS.put("RISK_FIRE", List.of("起火", "着火", "失火", "火灾", "烧起来", "冒烟", "火苗", "火势"));
		KEYWORDS.put("RISK_GAS", List.of("燃气泄漏", "煤气泄漏", "液化气泄漏", "天然气泄漏", "燃气味", "煤气味", "液化气味",
				"漏气", "气瓶泄漏", "钢瓶泄漏"));
		KEYWORDS.put("RISK_LIFE", List.of("跳楼", "轻生", "自杀", "寻死", "不想活", "割腕", "跳河", "跳江", "持刀", "砍人",
				"捅人", "被困", "溺水", "落水", "触电"));
		KEYWORDS.put("RISK_COLLAPSE", List.of("倒塌", "坍塌", "塌了", "要倒", "快倒", "摇摇欲坠", "裂缝越来越大"));
		KEYWORDS.put("GROUP", List.of("聚集", "围堵", "堵门", "堵路", "拉横幅", "拉条幅", "集体上访", "群体"));
	}

	private RiskRules() {
	}

	static List<Risk> find(String text) {
		List<Risk> risks = new ArrayList<>();
		KEYWORDS.forEach((kind, words) -> words.stream().filter(word -> affirmed(text, word)).findFirst()
				.ifPresent(word -> risks.add(new Risk(kind, word))));
		return risks;
	}

	private static boolean affirmed(String text, String word) {
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			String before = text.substring(Math.max(0, at - 2), at);
			if (!before.matches(".*[没未无不].*")) {
				return true;
			}
		}
		return false;
	}
}
