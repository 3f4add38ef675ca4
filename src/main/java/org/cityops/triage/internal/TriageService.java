package org.cityops.triage.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cityops.triage.Assessment;
import org.cityops.triage.Assessment.Decision;
import org.cityops.triage.Assessment.Risk;
import org.cityops.triage.Assessment.Suggestion;
import org.cityops.triage.CaseTag;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.cityops.triage.OneThingStandard;
import org.cityops.triage.OneThingStandards;
import org.cityops.triage.RiskDetected;
import org.cityops.triage.Triage;
import org.cityops.triage.TriageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Triage of new reports: bad-input checks, the classifier with its confidence threshold, risk
 * keywords, repeat complaints and the difficulty rules; human labels and retraining.
 */
@Service
class TriageService implements Triage {

	private static final Logger log = LoggerFactory.getLogger(TriageService.class);
	private static final int SUGGESTIONS = 3;

	private final TriageModel model;
	private final LabelledTexts labels;
	private final Categories categories;
	private final OneThingStandards standards;
	private final TriageSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;
	private final Clock clock;

	TriageService(TriageModel model, LabelledTexts labels, Categories categories, OneThingStandards standards,
			TriageSettings settings, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
		this.model = model;
		this.labels = labels;
		this.categories = categories;
		this.standards = standards;
		this.settings = settings;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public Assessment assess(TriageRequest request, EarlierCases earlier) {
		String text = request.description() == null ? "" : request.description();
		Classified classified = request.categoryCode() != null
				? new Classified(request.categoryCode(), null, Decision.GIVEN, "category given by the channel", List.of())
				: classify(text);
		List<CaseTag> tags = new ArrayList<>();
		if (classified.decision() != Decision.GIVEN) {
			tags.add(new CaseTag("triage", triageTag(classified)));
		}
		List<Risk> risks = RiskRules.find(text);
		risks.forEach(risk -> tags.add(new CaseTag(risk.kind(), "the text says “" + risk.keyword() + "”")));
		if (!risks.isEmpty()) {
			tags.add(new CaseTag("URGENT", "risk keywords: " + risks.stream().map(Risk::keyword).collect(Collectors.joining("、"))));
		}
		String code = classified.categoryCode();
		Optional<Category> category = code == null ? Optional.empty() : categories.byCode(code);
		List<String> repeats = code == null ? List.of() : earlier.of(code, settings.repeatWindow(), settings.repeatRadius());
		if (!repeats.isEmpty()) {
			tags.add(new CaseTag("REPEAT", "same category " + code + " from the same reporter or within "
					+ (int) settings.repeatRadius() + " m in " + settings.repeatWindow().toDays() + " days: "
					+ String.join(", ", repeats)));
		}
		if (category.isPresent() && code.startsWith("07") && atNight(request.reportedAt())) {
			tags.add(new CaseTag("NIGHT", "noise reported between 22:00 and 06:00"));
		}
		if (request.tagNames().stream().noneMatch(TriageRequest.DIFFICULTIES::contains)) {
			List<CaseTag> signals = new ArrayList<>(tags);
			request.tagNames().forEach(name -> signals.add(new CaseTag(name.toUpperCase(Locale.ROOT), "given by the channel")));
			tags.add(DifficultyRules.difficulty(text, category, signals, standards));
		}
		return new Assessment(code, classified.confidence(), classified.decision(), classified.reason(),
				classified.suggestions(), !risks.isEmpty(), tags, risks);
	}

	private Classified classify(String text) {
		Optional<String> unusable = TextChecks.unusable(text);
		if (unusable.isPresent()) {
			return new Classified(null, null, Decision.HUMAN_TRIAGE, unusable.get(), List.of());
		}
		List<CaseTextClassifier.Scored> top;
		CaseTextClassifier classifier;
		de.bwaldvogel.liblinear.Feature[] vector;
		try {
			classifier = model.classifier();
			vector = classifier.vector(TextChecks.classified(text));
			top = classifier.top(vector, SUGGESTIONS);
		}
		catch (RuntimeException e) {
			log.warn("Triage classifier unavailable; the case goes to human triage", e);
			return new Classified(null, null, Decision.HUMAN_TRIAGE, "the classifier is unavailable: " + e.getMessage(),
					List.of());
		}
		if (top.isEmpty()) {
			return new Classified(null, null, Decision.HUMAN_TRIAGE, "no word of the text is known to the classifier",
					List.of());
		}
		List<Suggestion> suggestions = top.stream().map(scored -> new Suggestion(scored.category(),
				categories.byCode(scored.category()).map(Category::name).orElse(scored.category()), round(scored.probability())))
				.toList();
		CaseTextClassifier.Scored best = top.get(0);
		String longText = text.length() > TextChecks.CLASSIFIED_CHARACTERS
				? "; classified on the first " + TextChecks.CLASSIFIED_CHARACTERS + " of " + text.length() + " characters"
				: "";
		if (best.probability() < settings.minConfidence()) {
			return new Classified(null, round(best.probability()), Decision.HUMAN_TRIAGE, String.format(Locale.ROOT,
					"confidence %.2f below %.2f; suggestions %s%s", best.probability(), settings.minConfidence(),
					suggestions.stream().map(s -> s.categoryCode() + " " + s.name() + " " + s.confidence())
							.collect(Collectors.joining(", ")), longText), suggestions);
		}
		List<String> evidence = classifier.evidence(vector, best.category(), 4);
		return new Classified(best.category(), round(best.probability()), Decision.AUTOMATIC, String.format(Locale.ROOT,
				"%s %s with confidence %.2f (≥ %.2f); words %s%s", best.category(), suggestions.get(0).name(),
				best.probability(), settings.minConfidence(), String.join("、", evidence), longText), suggestions);
	}

	private static String triageTag(Classified classified) {
		if (classified.decision() == Decision.AUTOMATIC) {
			return String.format(Locale.ROOT, "auto %.2f %s", classified.confidence(), classified.reason());
		}
		return "human " + classified.reason();
	}

	private boolean atNight(Instant reportedAt) {
		LocalTime time = (reportedAt == null ? clock.instant() : reportedAt).atZone(clock.getZone()).toLocalTime();
		return time.getHour() >= 22 || time.getHour() < 6;
	}

	private static double round(double probability) {
		return Math.round(probability * 1000) / 1000.0;
	}

	@Override
	public void alert(String caseId, String text, Assessment assessment) {
		if (assessment.risks().isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> events.publishEvent(new RiskDetected(caseId,
				assessment.categoryCode(), assessment.risks(),
				text.length() > 100 ? text.substring(0, 100) + "…" : text, clock.instant())));
	}

	@Override
	public void learn(HumanLabel label) {
		labels.save(label, clock.instant());
	}

	@Override
	public Retrained retrain() {
		return model.retrain();
	}

	private record Classified(String categoryCode, Double confidence, Decision decision, String reason,
			List<Suggestion> suggestions) {
	}
}
