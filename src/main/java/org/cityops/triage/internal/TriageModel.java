package org.cityops.triage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.cityops.triage.Triage.Retrained;
import org.cityops.triage.internal.TriageCorpus.LabelledText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The classifier in use. Training starts in the background when the application starts (from the
 * corpus plus every human label) so that start-up does not wait; the first classification waits
 * for it. {@link #retrain()} builds a new model and swaps it in atomically; classifications running
 * meanwhile finish on the old one.
 */
@Component
class TriageModel {

	private static final Logger log = LoggerFactory.getLogger(TriageModel.class);

	private final LabelledTexts labels;
	private final AtomicReference<CompletableFuture<CaseTextClassifier>> current = new AtomicReference<>();

	TriageModel(LabelledTexts labels) {
		this.labels = labels;
	}

	/** Starts the first training in the background once the application is up. */
	@EventListener(ApplicationStartedEvent.class)
	void startTraining() {
		start();
	}

	/** The model in use, waiting for the first training if it is still running. */
	CaseTextClassifier classifier() {
		return start().join();
	}

	private CompletableFuture<CaseTextClassifier> start() {
		CompletableFuture<CaseTextClassifier> first = new CompletableFuture<>();
		if (current.compareAndSet(null, first)) {
			CompletableFuture.runAsync(() -> {
				try {
					first.complete(train().classifier());
				}
				catch (RuntimeException e) {
					log.error("Triage classifier could not be trained; cases go to human triage until a retrain", e);
					first.completeExceptionally(e);
				}
			});
		}
		return current.get();
	}

	synchronized Retrained retrain() {
		long start = System.nanoTime();
		Trained trained = train();
		current.set(CompletableFuture.completedFuture(trained.classifier()));
		return new Retrained(trained.classifier().trainedOn(), trained.humanLabels(),
				(System.nanoTime() - start) / 1_000_000);
	}

	private Trained train() {
		long start = System.nanoTime();
		List<LabelledText> texts = new ArrayList<>(TriageCorpus.training());
		List<LabelledText> human = labels.all();
		texts.addAll(human);
		CaseTextClassifier classifier = CaseTextClassifier.train(texts, CaseTextClassifier.Settings.DEFAULT);
		log.info("Triage classifier trained on {} texts ({} human labels) in {} ms", texts.size(), human.size(),
				(System.nanoTime() - start) / 1_000_000);
		return new Trained(classifier, human.size());
	}

	private record Trained(CaseTextClassifier classifier, int humanLabels) {
	}
}
