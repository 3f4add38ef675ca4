package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityops.triage.internal.CaseTextClassifier.Scored;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The classifier trained as in production (corpus training texts, default settings) and scored on
 * the held-out split. The floor is the macro-F1 measured when the settings were chosen (see
 * docs/BENCHMARKS.md) minus a small margin; it is not the goal of 0.90, which this corpus does not
 * reach yet.
 */
class CaseTextClassifierUnitTests {

	/** Measured 2026-11-28 with the defaults (words + characters 1–3, L2R_LR_DUAL, C = 30). */
	static final double MEASURED_MACRO_F1 = 0.824;
	static final double MEASURED_ACCURACY = 0.830;
	static final double MARGIN = 0.02;

	static CaseTextClassifier classifier;

	@BeforeAll
	static void train() {
		classifier = CaseTextClassifier.train(TriageCorpus.training(), CaseTextClassifier.Settings.DEFAULT);
	}

	@Test
	void reachesTheMeasuredMacroF1OnTheHeldOutSplit() {
		ClassifierScores scores = ClassifierScores.evaluate(classifier, TriageCorpus.labelled(TriageCorpus.HELD_OUT));

		assertThat(scores.texts()).isEqualTo(429);
		assertThat(scores.macroF1()).isGreaterThanOrEqualTo(MEASURED_MACRO_F1 - MARGIN);
		assertThat(scores.accuracy()).isGreaterThanOrEqualTo(MEASURED_ACCURACY - MARGIN);
	}

	@Test
	void givesTheTopThreeWithProbabilitiesBestFirst() {
		List<Scored> top = classifier.top("工地半夜还在打桩，吵得睡不着", 3);

		assertThat(top).hasSize(3);
		assertThat(top.get(0).category()).isEqualTo("0701");
		assertThat(top.get(0).probability()).isGreaterThanOrEqualTo(top.get(1).probability());
		assertThat(top.get(1).probability()).isGreaterThanOrEqualTo(top.get(2).probability());
		assertThat(top.stream().mapToDouble(Scored::probability).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
	}

	@Test
	void namesTheWordsThatSpeakForItsChoice() {
		assertThat(classifier.evidence("路边一堆拉圾，好几天没人清理，臭死了", "0101", 4)).isNotEmpty().hasSizeLessThanOrEqualTo(4);
	}

	@Test
	void knowsNothingOfATextWithoutKnownTerms() {
		assertThat(classifier.top("🙂🙂", 3)).isEmpty();
	}

	@Test
	void learnsFromAddedTexts() {
		List<TriageCorpus.LabelledText> texts = new java.util.ArrayList<>(TriageCorpus.training());
		for (int i = 0; i < 30; i++) {
			texts.add(new TriageCorpus.LabelledText("TEST", "小区门口的共享单车堆成山第" + i + "批，全倒在盲道上"));
		}
		CaseTextClassifier retrained = CaseTextClassifier.train(texts, CaseTextClassifier.Settings.DEFAULT);

		assertThat(retrained.trainedOn()).isEqualTo(texts.size());
		assertThat(retrained.top("共享单车堆成山全倒在盲道上", 1).get(0).category()).isEqualTo("TEST");
	}
}
