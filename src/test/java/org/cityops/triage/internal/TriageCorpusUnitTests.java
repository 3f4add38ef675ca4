package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cityops.triage.Category;
import org.cityops.triage.internal.TriageCorpus.EdgeCase;
import org.cityops.triage.internal.TriageCorpus.LabelledText;
import org.junit.jupiter.api.Test;

class TriageCorpusUnitTests {

	final Set<String> categories = CatalogueFiles.taxonomy(CatalogueFiles.TAXONOMY).categories().stream()
			.map(Category::code).collect(Collectors.toSet());
	final List<LabelledText> training = TriageCorpus.labelled(TriageCorpus.TRAINING);
	final List<LabelledText> heldOut = TriageCorpus.labelled(TriageCorpus.HELD_OUT);

	@Test
	void givesEveryMinorClassAtLeastFortyTexts() {
		Map<String, Long> counts = Stream.concat(training.stream(), heldOut.stream())
				.collect(Collectors.groupingBy(LabelledText::category, Collectors.counting()));
		assertThat(counts.keySet()).isEqualTo(categories);
		assertThat(counts).allSatisfy((category, count) -> assertThat(count).as(category).isGreaterThanOrEqualTo(40));
	}

	@Test
	void holdsOutAFifthOfEachClass() {
		Map<String, Long> train = count(training);
		Map<String, Long> held = count(heldOut);
		assertThat(held.keySet()).isEqualTo(categories);
		assertThat(held).allSatisfy((category, count) -> assertThat(count)
				.isEqualTo((count + train.get(category)) / 5));
	}

	@Test
	void neverRepeatsATextWithinOrAcrossTheSplit() {
		List<String> all = Stream.concat(training.stream(), heldOut.stream()).map(LabelledText::text).toList();
		assertThat(new HashSet<>(all)).hasSameSizeAs(all);
	}

	@Test
	void keepsTextsBetweenTenAndTwoHundredCharacters() {
		assertThat(Stream.concat(training.stream(), heldOut.stream()))
				.allSatisfy(text -> assertThat(text.text().codePointCount(0, text.text().length()))
						.as(text.text()).isBetween(10, 200));
	}

	@Test
	void keepsTheExtraTrainingBatchesOutOfTheHeldOutSplit() {
		List<LabelledText> extra = TriageCorpus.labelled(TriageCorpus.TRAINING_EXTRA);
		List<LabelledText> more = TriageCorpus.labelled(TriageCorpus.TRAINING_MORE);
		Set<String> held = heldOut.stream().map(LabelledText::text).collect(Collectors.toSet());
		Set<String> earlier = training.stream().map(LabelledText::text).collect(Collectors.toSet());

		assertThat(extra).hasSizeGreaterThan(150);
		assertThat(more).hasSizeGreaterThan(150);
		for (LabelledText text : Stream.concat(extra.stream(), more.stream()).toList()) {
			assertThat(categories).contains(text.category());
			assertThat(held).doesNotContain(text.text());
			assertThat(earlier.add(text.text())).as("repeated: " + text.text()).isTrue();
			assertThat(text.text().codePointCount(0, text.text().length())).as(text.text()).isBetween(10, 200);
		}
		assertThat(TriageCorpus.training()).hasSize(training.size() + extra.size() + more.size());
	}

	@Test
	void keepsTheBadInputCasesApartFromTheTrainingData() {
		List<EdgeCase> edges = TriageCorpus.edgeCases();
		assertThat(edges).extracting(EdgeCase::kind).contains("EMPTY", "WHITESPACE", "EMOJI_ONLY", "DIGITS_ONLY",
				"OTHER_LANGUAGE", "VERY_LONG");
		assertThat(edges).filteredOn(edge -> edge.kind().equals("VERY_LONG"))
				.allSatisfy(edge -> assertThat(edge.text().length()).isGreaterThanOrEqualTo(5000));
		Set<String> texts = Stream.concat(training.stream(), heldOut.stream()).map(LabelledText::text)
				.collect(Collectors.toSet());
		assertThat(edges).noneMatch(edge -> texts.contains(edge.text()));
	}

	private static Map<String, Long> count(List<LabelledText> texts) {
		return texts.stream().collect(Collectors.groupingBy(LabelledText::category, Collectors.counting()));
	}
}
