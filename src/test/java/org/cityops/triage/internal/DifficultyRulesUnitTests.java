package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cityops.triage.CaseTag;
import org.cityops.triage.Category;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;
import org.junit.jupiter.api.Test;

class DifficultyRulesUnitTests {

	final Taxonomy taxonomy = CatalogueFiles.taxonomy(CatalogueFiles.TAXONOMY);
	final List<OneThingStandard> playbooks = CatalogueFiles.playbooks(CatalogueFiles.ONE_THING, taxonomy).standards();
	final OneThingStandards standards = new OneThingStandards() {

		@Override
		public List<OneThingStandard> all() {
			return playbooks;
		}

		@Override
		public Optional<OneThingStandard> byCode(String code) {
			return playbooks.stream().filter(s -> s.code().equals(code)).findFirst();
		}

		@Override
		public List<OneThingStandard> triggeredBy(String categoryCode, Set<String> tags) {
			return playbooks.stream().filter(s -> s.triggeredBy(categoryCode, tags)).toList();
		}

		@Override
		public List<OneThingStandard> covering(String categoryCode) {
			return playbooks.stream().filter(s -> s.covers(categoryCode)).toList();
		}
	};

	Optional<Category> category(String code) {
		return taxonomy.categories().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	@Test
	void aCategoryThatTriggersAStandardByItselfIsOneThing() {
		CaseTag tag = DifficultyRules.difficulty("楼顶在搭彩钢棚", category("0303"), List.of(), standards);

		assertThat(tag.name()).isEqualTo("one-thing");
		assertThat(tag.reason()).startsWith("OT02");
	}

	@Test
	void noiseTriggersTheNoiseStandardOnlyWithASignal() {
		assertThat(DifficultyRules.difficulty("楼上半夜唱歌", category("0702"), List.of(), standards).name())
				.isEqualTo("general");
		CaseTag repeated = DifficultyRules.difficulty("楼上半夜唱歌", category("0702"),
				List.of(new CaseTag("REPEAT", "C1")), standards);
		assertThat(repeated.name()).isEqualTo("one-thing");
		assertThat(repeated.reason()).startsWith("OT01").contains("REPEAT");
	}

	@Test
	void twoUnitsNamedMakeItCollaborativeAndEarlierReportsDifficult() {
		CaseTag two = DifficultyRules.difficulty("路边垃圾堆，城管说归社区，居委会说归城管", category("0101"), List.of(), standards);
		assertThat(two.name()).isEqualTo("collaborative");
		assertThat(two.reason()).contains("综合行政执法", "社区");

		CaseTag history = DifficultyRules.difficulty("路边垃圾多次反映了还是没人清", category("0101"), List.of(), standards);
		assertThat(history.name()).isEqualTo("difficult");
		assertThat(history.reason()).contains("多次反映");
	}

	@Test
	void everythingElseIsGeneralWithItsReason() {
		CaseTag tag = DifficultyRules.difficulty("路边一堆垃圾", category("0101"), List.of(), standards);

		assertThat(tag.name()).isEqualTo("general");
		assertThat(tag.reason()).contains("0101");
		assertThat(DifficultyRules.difficulty("😶", Optional.empty(), List.of(), standards).reason())
				.contains("no category");
	}
}
