package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What triage adds to an intake request without the database: the bad-input checks, the
 * classifier's top three, the evidence words and the risk keywords, for the 429 held-out texts and
 * the corpus' bad inputs (three of 5,000 characters) in turn. The repeat-complaint lookup is one
 * indexed query in the pool and is not part of this.
 * <p>
 * Run: {@code ./mvnw -q -Pbenchmark -Dbenchmark=ClassifyBenchmark verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClassifyBenchmark {

	private CaseTextClassifier classifier;
	private List<String> texts;
	private int next;

	@Setup
	public void train() {
		classifier = CaseTextClassifier.train(TriageCorpus.training(), CaseTextClassifier.Settings.DEFAULT);
		texts = new ArrayList<>();
		TriageCorpus.labelled(TriageCorpus.HELD_OUT).forEach(text -> texts.add(text.text()));
		TriageCorpus.edgeCases().forEach(edge -> texts.add(edge.text()));
	}

	@Benchmark
	public Object assess() {
		String text = texts.get(next++ % texts.size());
		Object risks = RiskRules.find(text);
		if (TextChecks.unusable(text).isPresent()) {
			return risks;
		}
		de.bwaldvogel.liblinear.Feature[] vector = classifier.vector(TextChecks.classified(text));
		List<CaseTextClassifier.Scored> top = classifier.top(vector, 3);
		return top.isEmpty() ? top : classifier.evidence(vector, top.get(0).category(), 4);
	}
}
