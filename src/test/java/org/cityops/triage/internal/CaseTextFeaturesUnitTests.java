package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cityops.triage.internal.CaseTextFeatures.Options;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.liblinear.Feature;

class CaseTextFeaturesUnitTests {

	@Test
	void segmentsChineseIntoWordsWithoutPunctuation() {
		List<String> words = CaseTextFeatures.words(CaseTextFeatures.normalise("楼下垃圾桶满了，臭得要命！"));

		assertThat(words).contains("垃圾桶").doesNotContain("，", "！");
	}

	@Test
	void normalisesWidthDigitsAndCommunityNames() {
		assertThat(CaseTextFeatures.normalise("金钗河社区３幢22:40ＫＴＶ")).isEqualTo("社区0幢0:0ktv");
	}

	@Test
	void keepsCharacterGramsInsideRunsSoATypoStillSharesTerms() {
		Options chars = new Options(false, false, 1, 3, 1);
		Map<String, Integer> typo = CaseTextFeatures.terms("路边一堆拉圾", chars);
		Map<String, Integer> right = CaseTextFeatures.terms("路边一堆垃圾", chars);

		assertThat(typo).containsKeys("c1:圾", "c2:路边", "c3:一堆拉");
		assertThat(typo.keySet()).doesNotContain("c2:，");
		assertThat(typo.keySet().stream().filter(right::containsKey)).contains("c1:圾", "c3:路边一");
		assertThat(CaseTextFeatures.terms("a，b", chars)).doesNotContainKey("c2:ab");
	}

	@Test
	void extractsWordBigramsWhenAsked() {
		Map<String, Integer> terms = CaseTextFeatures.terms("工地夜间施工噪音", new Options(true, true, 0, 0, 1));

		assertThat(terms.keySet()).anyMatch(term -> term.startsWith("w:")).anyMatch(term -> term.startsWith("b:"))
				.noneMatch(term -> term.startsWith("c"));
	}

	@Test
	void vectorsAreL2NormalisedSortedAndIgnoreUnknownTerms() {
		List<String> texts = List.of("工地夜间施工噪音很大", "路边垃圾没人清理", "楼上邻居半夜吵闹");
		CaseTextFeatures features = CaseTextFeatures.fit(
				texts.stream().map(text -> CaseTextFeatures.terms(text, Options.DEFAULT)).toList(), Options.DEFAULT);

		Feature[] vector = features.vector("工地垃圾");
		double norm = Arrays.stream(vector).mapToDouble(f -> f.getValue() * f.getValue()).sum();

		assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
		for (int i = 1; i < vector.length; i++) {
			assertThat(vector[i].getIndex()).isGreaterThan(vector[i - 1].getIndex());
		}
		assertThat(features.vector("😡😡😡 xyz")).isEmpty();
		assertThat(features.name(vector[0].getIndex())).contains(":");
	}
}
