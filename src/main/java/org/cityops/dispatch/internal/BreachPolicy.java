package org.cityops.dispatch.internal;

import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.internal.Accountability.Cause;
import org.cityops.sla.SlaMode;
import org.cityops.sla.StageDeadlineBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a missed deadline does to a case: an accountability record on whoever had it, and — in
 * wartime at once, in normal time after repeated breaches — escalation to the centre. Runs once per
 * breach even if the event is delivered again (the record is unique per stage clock).
 */
@Component
class BreachPolicy {

	private final Cases cases;
	private final CaseService service;
	private final Accountability accountability;
	private final DispatchSettings settings;

	BreachPolicy(Cases cases, CaseService service, Accountability accountability, DispatchSettings settings) {
		this.cases = cases;
		this.service = service;
		this.accountability = accountability;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(StageDeadlineBreached breach) {
		Case subject = cases.findById(breach.caseId()).orElse(null);
		if (subject == null) {
			return;
		}
		String detail = breach.stage().label() + "（" + breach.stage() + "）超时：应于 " + breach.due() + " 前完成（"
				+ (breach.mode() == SlaMode.WARTIME ? "战时" : "平时") + "）";
		boolean first = accountability.open(subject, Cause.DEADLINE_MISSED, breach.stage().name(),
				breach.due().toString(), detail).isPresent();
		if (!first) {
			return;
		}
		long breaches = accountability.count(subject.id(), Cause.DEADLINE_MISSED);
		if (breach.mode() == SlaMode.WARTIME || breaches >= settings.breachesBeforeEscalation()) {
			service.escalateByPolicy(new CaseId(subject.id()), breach.mode() == SlaMode.WARTIME
					? "按规则提级：战时时限超时（" + breach.stage().label() + "）"
					: "按规则提级：已超时 " + breaches + " 次，最近一次为" + breach.stage().label());
		}
	}
}
