package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityops.triage.internal.TriageCorpus.Expectation;
import org.junit.jupiter.api.Test;

class TextChecksUnitTests {

	@Test
	void sendsEveryBadInputThatMustGoToHumanTriageThereWithAReason() {
		assertThat(TriageCorpus.edgeCases()).filteredOn(edge -> edge.expect() == Expectation.HUMAN_TRIAGE)
				.hasSizeGreaterThan(20)
				.allSatisfy(edge -> assertThat(TextChecks.unusable(edge.text())).as(edge.kind() + " " + edge.text())
						.hasValueSatisfying(reason -> assertThat(reason).isNotBlank()));
	}

	@Test
	void letsMixedAndLongChineseTextsThrough() {
		assertThat(TriageCorpus.edgeCases()).filteredOn(edge -> edge.expect() == Expectation.ANY)
				.allSatisfy(edge -> assertThat(TextChecks.unusable(edge.text())).as(edge.kind()).isEmpty());
		assertThat(TextChecks.unusable("路边一堆拉圾没人清理")).isEmpty();
	}

	@Test
	void namesWhatIsWrong() {
		assertThat(TextChecks.unusable("  ")).contains("the text is empty");
		assertThat(TextChecks.unusable("１２３４５６")).contains("the text has only digits");
		assertThat(TextChecks.unusable("Hello? Is anybody there?")).get().asString().contains("not in Chinese");
		assertThat(TextChecks.unusable("喂喂喂，听得到吗")).get().asString().contains("greeting");
	}

	@Test
	void classifiesOnlyTheStartOfAVeryLongText() {
		assertThat(TextChecks.classified("吵".repeat(5000))).hasSize(TextChecks.CLASSIFIED_CHARACTERS);
		assertThat(TextChecks.classified("短文本")).isEqualTo("短文本");
	}
}
