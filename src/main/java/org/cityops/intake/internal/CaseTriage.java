package org.cityops.intake.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseSummary;
import org.cityops.dispatch.NewCase;
import org.cityops.triage.Assessment;
import org.cityops.triage.Triage;
import org.cityops.triage.TriageRequest;
import org.springframework.stereotype.Component;

/**
 * Runs triage on a checked report before it enters the pool: a report without a category gets
 * the classifier's (or none, and the centre's human triage queue takes it), every report gets
 * triage's tags and, for risks, urgency. Earlier cases for the repeat-complaint rule come from the
 * pool's {@link CaseSearch}, so triage does not depend on dispatch.
 */
@Component
public class CaseTriage {

	private final Triage triage;
	private final CaseSearch search;
	private final Clock clock;

	CaseTriage(Triage triage, CaseSearch search, Clock clock) {
		this.triage = triage;
		this.search = search;
		this.clock = clock;
	}

	/** A report with triage's category, tags and urgency, and the assessment behind them. */
	public record Triaged(NewCase report, Assessment assessment) {
	}

	public Triaged triage(NewCase checked) {
		Double lat = checked.position() == null ? null : checked.position().lat();
		Double lng = checked.position() == null ? null : checked.position().lng();
		Assessment assessment = triage.assess(
				new TriageRequest(checked.description(), checked.categoryCode(), checked.reportedAt()),
				(category, window, radius) -> search
						.earlierReports(category, checked.reporter().phone(), lat, lng, radius, clock.instant().minus(window))
						.stream().map(CaseSummary::id).map(id -> id.value()).toList());
		Set<String> tags = new LinkedHashSet<>(checked.tags());
		tags.addAll(assessment.tagStrings());
		NewCase triaged = new NewCase(checked.channel(), assessment.categoryCode(), checked.description(),
				checked.position(), checked.address(), checked.reportedAt(), checked.reporter(), checked.source(),
				checked.attachments(), checked.urgent() || assessment.urgent(), tags);
		return new Triaged(triaged, assessment);
	}

	/** After the case is opened: alerts the duty chiefs if triage found a risk. */
	public void opened(String caseId, Triaged triaged) {
		triage.alert(caseId, triaged.report().description(), triaged.assessment());
	}
}
