package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cityops.triage.internal.CaseTextClassifier.Scored;
import org.cityops.triage.internal.CaseTextClassifier.Settings;
import org.cityops.triage.internal.CaseTextFeatures.Options;
import org.cityops.triage.internal.TriageCorpus.LabelledText;

import de.bwaldvogel.liblinear.SolverType;

/**
 * Measures the triage classifier (docs/BENCHMARKS.md). Rerun with
 * {@code ./mvnw -q -Pbenchmark -Dbenchmark.main=org.cityops.triage.internal.ClassifierEvaluation -Dbenchmark=heldout verify}.
 * <ul>
 * <li>{@code cv}: 5-fold stratified cross-validation on the training split only, over feature sets
 * and C: how the defaults were chosen. The held-out split is not read.</li>
 * <li>{@code train-time}: how long training with the defaults takes, five runs.</li>
 * <li>{@code heldout}: trains on the training split with the defaults and scores the held-out split
 * once: accuracy, macro-F1, the five worst classes, the confusions, and how many texts a
 * confidence threshold sends to human triage.</li>
 * </ul>
 */
public final class ClassifierEvaluation {

	private ClassifierEvaluation() {
	}

	public static void main(String[] args) {
		String mode = args.length == 0 ? "heldout" : args[0];
		List<LabelledText> training = TriageCorpus.training();
		switch (mode) {
			case "cv-default" -> crossValidateDefaults(training);
			case "cv" -> crossValidate(training);
			case "train-time" -> trainingTime(training);
			default -> heldOut(training, TriageCorpus.labelled(TriageCorpus.HELD_OUT));
		}
	}

	/**
	 * The defaults' cross-validation, scored on every training text and, with the same folds, only on
	 * the first two batches (comparable with the rows measured before train-more.tsv existed).
	 */
	private static void crossValidateDefaults(List<LabelledText> training) {
		ClassifierScores scores = crossValidate(training, Settings.DEFAULT, 5);
		System.out.printf(Locale.ROOT, "5-fold CV on train with the defaults: accuracy %.3f, macro-F1 %.3f%n",
				scores.accuracy(), scores.macroF1());
		Set<LabelledText> earlier = new HashSet<>(TriageCorpus.labelled(TriageCorpus.TRAINING));
		earlier.addAll(TriageCorpus.labelled(TriageCorpus.TRAINING_EXTRA));
		ClassifierScores onEarlier = crossValidate(training, Settings.DEFAULT, 5, earlier::contains);
		System.out.printf(Locale.ROOT, "  scored on train.tsv + train-extra.tsv only (%d texts): accuracy %.3f, macro-F1 %.3f%n",
				onEarlier.texts(), onEarlier.accuracy(), onEarlier.macroF1());
		printWorstAndConfusions(onEarlier, "    ", 20);
		System.out.println("  all texts:");
		printWorstAndConfusions(scores, "  ", 40);
	}

	private static void printWorstAndConfusions(ClassifierScores scores, String indent, int confusions) {
		scores.worst(10).forEach(c -> System.out.printf(Locale.ROOT, "%s%s F1 %.3f%n", indent, c.category(), c.f1()));
		scores.confusions().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(confusions).forEach(e -> System.out.println(indent + e.getKey() + ": " + e.getValue()));
	}

	/**
	 * What start-up and retrain pay: read the corpus and train with the defaults, five times in one JVM
	 * (the first includes loading HanLP's dictionaries). The held-out split is not read.
	 */
	private static void trainingTime(List<LabelledText> training) {
		for (int run = 1; run <= 5; run++) {
			long start = System.nanoTime();
			CaseTextClassifier.train(TriageCorpus.training(), Settings.DEFAULT);
			System.out.printf(Locale.ROOT, "training run %d: %d texts in %d ms%n", run, training.size(),
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	private static void crossValidate(List<LabelledText> training) {
		List<Options> featureSets = List.of(new Options(true, false, 0, 0, 1), new Options(true, true, 0, 0, 1),
				new Options(true, true, 2, 3, 1), new Options(true, true, 1, 3, 1), new Options(true, false, 1, 3, 1),
				new Options(true, true, 2, 4, 1), new Options(false, false, 1, 3, 1), new Options(true, true, 1, 3, 2),
				new Options(true, false, 1, 4, 1), new Options(true, false, 1, 2, 1), new Options(false, false, 1, 4, 1));
		List<SolverType> solvers = List.of(SolverType.valueOf(System.getProperty("solver", "L2R_LR_DUAL")));
		double[] costs = java.util.Arrays.stream(System.getProperty("costs", "1,3,10,30,100").split(","))
				.mapToDouble(Double::parseDouble).toArray();
		System.out.println("5-fold cross-validation on the training texts (" + training.size() + " texts)");
		System.out.println("| features | solver | C | accuracy | macro-F1 |");
		System.out.println("|---|---|---:|---:|---:|");
		for (Options features : featureSets) {
			if (!features.toString().matches(System.getProperty("features", ".*"))) {
				continue;
			}
			for (SolverType solver : solvers) {
				for (double cost : costs) {
					ClassifierScores scores = crossValidate(training, new Settings(features, solver, cost), 5);
					System.out.printf(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f |%n", features, solver, cost,
							scores.accuracy(), scores.macroF1());
				}
			}
		}
	}

	/** Stratified k-fold: each class's texts dealt round-robin to the folds after a seeded shuffle. */
	static ClassifierScores crossValidate(List<LabelledText> texts, Settings settings, int folds) {
		return crossValidate(texts, settings, folds, text -> true);
	}

	/** As {@link #crossValidate(List, Settings, int)}, but scores only the held-back texts that {@code scored} accepts. */
	static ClassifierScores crossValidate(List<LabelledText> texts, Settings settings, int folds,
			Predicate<LabelledText> scored) {
		Map<String, List<LabelledText>> byClass = new TreeMap<>(
				texts.stream().collect(Collectors.groupingBy(LabelledText::category)));
		List<List<LabelledText>> fold = new ArrayList<>();
		for (int i = 0; i < folds; i++) {
			fold.add(new ArrayList<>());
		}
		Random random = new Random(Long.getLong("cv.seed", 42));
		byClass.values().forEach(members -> {
			List<LabelledText> shuffled = new ArrayList<>(members);
			java.util.Collections.shuffle(shuffled, random);
			for (int i = 0; i < shuffled.size(); i++) {
				fold.get(i % folds).add(shuffled.get(i));
			}
		});
		List<String> expected = new ArrayList<>();
		List<String> predicted = new ArrayList<>();
		for (int i = 0; i < folds; i++) {
			List<LabelledText> train = new ArrayList<>();
			for (int j = 0; j < folds; j++) {
				if (j != i) {
					train.addAll(fold.get(j));
				}
			}
			CaseTextClassifier classifier = CaseTextClassifier.train(train, settings);
			for (LabelledText text : fold.get(i)) {
				if (!scored.test(text)) {
					continue;
				}
				expected.add(text.category());
				List<Scored> top = classifier.top(text.text(), 1);
				predicted.add(top.isEmpty() ? null : top.get(0).category());
			}
		}
		return ClassifierScores.of(expected, predicted);
	}

	private static void heldOut(List<LabelledText> training, List<LabelledText> heldOut) {
		long start = System.nanoTime();
		CaseTextClassifier classifier = CaseTextClassifier.train(training, Settings.DEFAULT);
		long trainMillis = (System.nanoTime() - start) / 1_000_000;
		ClassifierScores scores = ClassifierScores.evaluate(classifier, heldOut);
		System.out.printf(Locale.ROOT, "settings: %s, %s, C=%s; trained on %d texts in %d ms (first run includes loading HanLP)%n",
				Settings.DEFAULT.features(), Settings.DEFAULT.solver(), Settings.DEFAULT.cost(), training.size(), trainMillis);
		System.out.printf(Locale.ROOT, "held-out: %d texts, accuracy %.3f, macro-F1 %.3f%n", scores.texts(),
				scores.accuracy(), scores.macroF1());
		System.out.println("worst 5 classes (F1, precision, recall, support):");
		scores.worst(5).forEach(c -> System.out.printf(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f  n=%d%n",
				c.category(), c.f1(), c.precision(), c.recall(), c.support()));
		System.out.println("confusions (true→predicted: count), most frequent first:");
		scores.confusions().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(15).forEach(e -> System.out.println("  " + e.getKey() + ": " + e.getValue()));
		System.out.println("confidence threshold → share auto-categorised, accuracy of those:");
		for (double threshold : new double[] { 0, 0.2, 0.3, 0.4, 0.5, 0.6 }) {
			int auto = 0;
			int right = 0;
			for (LabelledText text : heldOut) {
				Scored best = classifier.top(text.text(), 1).get(0);
				if (best.probability() >= threshold) {
					auto++;
					right += best.category().equals(text.category()) ? 1 : 0;
				}
			}
			System.out.printf(Locale.ROOT, "  %.2f → %.1f %% auto, %.3f accurate%n", threshold,
					100.0 * auto / heldOut.size(), auto == 0 ? 0 : (double) right / auto);
		}
		heldOut.stream().filter(text -> !classifier.top(text.text(), 1).get(0).category().equals(text.category()))
				.sorted(Comparator.comparing(LabelledText::category)).limit(Long.getLong("misses", 0))
				.forEach(text -> System.out.println("  miss " + text.category() + " → "
						+ classifier.top(text.text(), 3) + " " + text.text()));
	}
}
