package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cityops.triage.internal.TriageCorpus.LabelledText;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * A trained text classifier: {@link CaseTextFeatures} into LIBLINEAR's L2-regularised logistic
 * regression (one-vs-rest, probabilities normalised over the classes). Immutable and thread-safe
 * once trained; retraining makes a new one.
 */
final class CaseTextClassifier {

	/**
	 * @param features which terms
	 * @param cost LIBLINEAR's C (inverse regularisation strength)
	 */
	record Settings(CaseTextFeatures.Options features, SolverType solver, double cost) {

		/** Chosen by 5-fold cross-validation on the training split (see docs/BENCHMARKS.md). */
		static final Settings DEFAULT = new Settings(CaseTextFeatures.Options.DEFAULT, SolverType.L2R_LR_DUAL, 30);
	}

	/** A category and the model's probability for it. */
	record Scored(String category, double probability) {
	}

	/** Sharpness of the softmax over SVM decision values (decision values are mostly within ±1). */
	private static final double SOFTMAX_SCALE = 5;

	private final CaseTextFeatures features;
	private final Model model;
	private final String[] categories;
	private final int trainedOn;
	/** The model's weights, copied once (LIBLINEAR's getter copies the whole array on every call). */
	private final double[] weights;

	private CaseTextClassifier(CaseTextFeatures features, Model model, String[] categories, int trainedOn) {
		this.features = features;
		this.model = model;
		this.weights = model.getFeatureWeights();
		this.categories = categories;
		this.trainedOn = trainedOn;
	}

	static CaseTextClassifier train(List<LabelledText> texts, Settings settings) {
		if (texts.isEmpty()) {
			throw new IllegalArgumentException("no training texts");
		}
		String[] categories = new TreeSet<>(texts.stream().map(LabelledText::category).toList()).toArray(String[]::new);
		List<Map<String, Integer>> terms = texts.stream()
				.map(text -> CaseTextFeatures.terms(text.text(), settings.features())).toList();
		CaseTextFeatures features = CaseTextFeatures.fit(terms, settings.features());
		Problem problem = new Problem();
		problem.l = texts.size();
		problem.n = features.size();
		problem.bias = -1;
		problem.x = new Feature[texts.size()][];
		problem.y = new double[texts.size()];
		List<String> labels = List.of(categories);
		for (int i = 0; i < texts.size(); i++) {
			problem.x[i] = features.vector(terms.get(i));
			problem.y[i] = labels.indexOf(texts.get(i).category());
		}
		Linear.disableDebugOutput();
		Parameter parameter = new Parameter(settings.solver(), settings.cost(), 0.1);
		parameter.setRandom(new java.util.Random(0));
		return new CaseTextClassifier(features, Linear.train(problem, parameter), categories, texts.size());
	}

	/** How many texts it learnt from. */
	int trainedOn() {
		return trainedOn;
	}

	/** The categories it knows. */
	List<String> categories() {
		return List.of(categories);
	}

	/**
	 * The {@code k} most probable categories, most probable first; empty when the text has no term
	 * the model knows.
	 */
	List<Scored> top(String text, int k) {
		return top(vector(text), k);
	}

	/** The features of a text, to pass to {@link #top(Feature[], int)} and {@link #evidence(Feature[], String, int)}. */
	Feature[] vector(String text) {
		return features.vector(text);
	}

	List<Scored> top(Feature[] vector, int k) {
		if (vector.length == 0) {
			return List.of();
		}
		double[] probabilities = new double[model.getNrClass()];
		if (model.isProbabilityModel()) {
			Linear.predictProbability(model, vector, probabilities);
		}
		else {
			// SVMs give decision values; a softmax turns them into scores that sum to one.
			Linear.predictValues(model, vector, probabilities);
			double max = java.util.Arrays.stream(probabilities).max().orElse(0);
			double sum = 0;
			for (int i = 0; i < probabilities.length; i++) {
				probabilities[i] = Math.exp(SOFTMAX_SCALE * (probabilities[i] - max));
				sum += probabilities[i];
			}
			for (int i = 0; i < probabilities.length; i++) {
				probabilities[i] /= sum;
			}
		}
		int[] labels = model.getLabels();
		List<Scored> scored = new ArrayList<>(labels.length);
		for (int i = 0; i < labels.length; i++) {
			scored.add(new Scored(categories[labels[i]], probabilities[i]));
		}
		scored.sort(Comparator.comparingDouble(Scored::probability).reversed().thenComparing(Scored::category));
		return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
	}

	/**
	 * The terms of the text that speak most for a category (largest weight × value), e.g.
	 * {@code 噪音}, {@code 施工}; the reason shown with an automatic category.
	 */
	List<String> evidence(String text, String category, int k) {
		return evidence(vector(text), category, k);
	}

	List<String> evidence(Feature[] vector, String category, int k) {
		int label = List.of(categories).indexOf(category);
		int[] labels = model.getLabels();
		int column = -1;
		for (int i = 0; i < labels.length; i++) {
			if (labels[i] == label) {
				column = i;
			}
		}
		if (column < 0) {
			return List.of();
		}
		int classes = model.getNrClass();
		record Contribution(String term, double value) {
		}
		List<Contribution> contributions = new ArrayList<>();
		for (Feature feature : vector) {
			int row = (feature.getIndex() - 1) * (classes == 2 ? 1 : classes);
			double weight = classes == 2 ? (column == 0 ? 1 : -1) * weights[row] : weights[row + column];
			if (weight > 0) {
				contributions.add(new Contribution(features.name(feature.getIndex()), weight * feature.getValue()));
			}
		}
		return contributions.stream().sorted(Comparator.comparingDouble(Contribution::value).reversed())
				.map(contribution -> contribution.term().substring(contribution.term().indexOf(':') + 1))
				.distinct().limit(k).toList();
	}
}
