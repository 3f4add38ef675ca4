package org.cityops.intake.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseManagement.Opened;
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
	private final CaseManagement pool;
	private final CaseSearch search;
	private final Clock clock;

	CaseTriage(Triage triage, CaseManagement pool, CaseSearch search, Clock clock) {
		this.triage = triage;
		this.pool = pool;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * The case a report opened, and triage's assessment of it ({@code null} when the report
	 * repeated one already in the pool and no case was created).
	 */
	public record Outcome(Opened opened, Assessment assessment) {
	}

	/**
	 * What every channel calls instead of {@link CaseManagement#open}: triages the checked report,
	 * opens the case and, if it is new and triage found a risk, alerts the duty chiefs in the same
	 * transaction (an accepted case never lacks its alert, even after a crash).
	 */
	public Outcome open(NewCase checked, Actor submittedBy) {
		Triaged triaged = triage(checked);
		Opened opened = pool.open(triaged.report(), submittedBy,
				created -> opened(created.id().value(), triaged));
		return new Outcome(opened, opened.created() ? triaged.assessment() : null);
	}

	/** A report with triage's category, tags and urgency, and the assessment behind them. */
	public record Triaged(NewCase report, Assessment assessment) {
	}

	public Triaged triage(NewCase checked) {
		Double lat = checked.position() == null ? null : checked.position().lat();
		Double lng = checked.position() == null ? null : checked.position().lng();
		Assessment assessment = triage.assess(
				new TriageRequest(checked.description(), checked.categoryCode(), checked.reportedAt(), checked.tags()),
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

	/** When the case is opened, in its transaction: alerts the duty chiefs if triage found a risk. */
	private void opened(String caseId, Triaged triaged) {
		triage.alert(caseId, triaged.report().description(), triaged.assessment());
	}
}
