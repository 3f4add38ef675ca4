package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cityops.triage.internal.TriageCorpus.LabelledText;

/**
 * Accuracy, macro-F1 and per-class F1 of a classifier on labelled texts.
 */
record ClassifierScores(int texts, double accuracy, double macroF1, Map<String, ClassScore> perClass,
		Map<String, Integer> confusions) {

	/** Precision, recall and F1 of one class. */
	record ClassScore(String category, int support, double precision, double recall, double f1) {
	}

	static ClassifierScores of(List<String> expected, List<String> predicted) {
		Map<String, int[]> counts = new TreeMap<>(); // true positives, predicted, actual
		Map<String, Integer> confusions = new TreeMap<>();
		int correct = 0;
		for (int i = 0; i < expected.size(); i++) {
			String truth = expected.get(i);
			String guess = predicted.get(i);
			counts.computeIfAbsent(truth, c -> new int[3])[2]++;
			if (guess != null) {
				counts.computeIfAbsent(guess, c -> new int[3])[1]++;
			}
			if (truth.equals(guess)) {
				counts.get(truth)[0]++;
				correct++;
			}
			else {
				confusions.merge(truth + "→" + guess, 1, Integer::sum);
			}
		}
		Map<String, ClassScore> perClass = new TreeMap<>();
		double sum = 0;
		for (String category : new TreeSet<>(expected)) {
			int[] c = counts.get(category);
			double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
			double recall = c[2] == 0 ? 0 : (double) c[0] / c[2];
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			perClass.put(category, new ClassScore(category, c[2], precision, recall, f1));
			sum += f1;
		}
		return new ClassifierScores(expected.size(), (double) correct / expected.size(), sum / perClass.size(),
				perClass, confusions);
	}

	static ClassifierScores evaluate(CaseTextClassifier classifier, List<LabelledText> texts) {
		List<String> expected = new ArrayList<>();
		List<String> predicted = new ArrayList<>();
		for (LabelledText text : texts) {
			expected.add(text.category());
			List<CaseTextClassifier.Scored> top = classifier.top(text.text(), 1);
			predicted.add(top.isEmpty() ? null : top.get(0).category());
		}
		return of(expected, predicted);
	}

	/** The {@code n} classes with the lowest F1, lowest first. */
	List<ClassScore> worst(int n) {
		return perClass.values().stream().sorted(Comparator.comparingDouble(ClassScore::f1)
				.thenComparing(ClassScore::category)).limit(n).toList();
	}
}
