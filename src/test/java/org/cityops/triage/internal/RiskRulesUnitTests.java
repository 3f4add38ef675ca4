package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityops.triage.Assessment.Risk;
import org.junit.jupiter.api.Test;

class RiskRulesUnitTests {

	@Test
	void findsFireGasLifeAndGatherings() {
		assertThat(RiskRules.find("楼道里电动车着火了")).containsExactly(new Risk("RISK_FIRE", "着火"));
		assertThat(RiskRules.find("饭店后厨闻到很重的煤气味")).containsExactly(new Risk("RISK_GAS", "煤气味"));
		assertThat(RiskRules.find("有个人站在楼顶说要跳楼")).containsExactly(new Risk("RISK_LIFE", "跳楼"));
		assertThat(RiskRules.find("几十个工人聚集在项目部门口拉横幅"))
				.containsExactly(new Risk("GROUP", "聚集"));
	}

	@Test
	void ignoresNegatedKeywordsAndOrdinaryTexts() {
		assertThat(RiskRules.find("冒了点水汽，没有起火，也没有燃气泄漏")).isEmpty();
		assertThat(RiskRules.find("路边垃圾没人清理")).isEmpty();
	}
}
