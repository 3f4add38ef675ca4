package org.cityops.notification.internal;

import java.util.ArrayList;
import java.util.List;

import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.notification.NotificationKind;
import org.cityops.sla.SlaMode;
import org.cityops.sla.StageDeadlineApproaching;
import org.cityops.sla.StageDeadlineBreached;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Warns whoever has a case that a stage is nearly due, and tells them, their unit's leader and the
 * centre's dispatchers when it is overdue. One notice per stage clock and alarm.
 */
@Component
class DeadlineNotices {

	private final CaseManagement cases;
	private final Recipients recipients;
	private final Notifier notifier;
	private final Wording wording;

	DeadlineNotices(CaseManagement cases, Recipients recipients, Notifier notifier, Wording wording) {
		this.cases = cases;
		this.recipients = recipients;
		this.notifier = notifier;
		this.wording = wording;
	}

	@ApplicationModuleListener
	void on(StageDeadlineApproaching warning) {
		cases.find(new CaseId(warning.caseId())).ifPresent(subject -> notifier.tell(
				new Notice("warning:" + warning.caseId() + ":" + warning.stage() + ":" + warning.due(),
						NotificationKind.DEADLINE_APPROACHING, warning.caseId(),
						warning.stage().label() + "时限即将到期", wording.about(subject) + "。" + warning.stage().label()
								+ "应于 " + wording.time(warning.due()) + " 前完成（" + mode(warning.mode()) + "）。",
						warning.warnedAt()),
				recipients.assignee(subject)));
	}

	@ApplicationModuleListener
	void on(StageDeadlineBreached breach) {
		cases.find(new CaseId(breach.caseId())).ifPresent(subject -> {
			List<Recipient> told = new ArrayList<>(recipients.assignee(subject));
			if (subject.assignee() != null) {
				told.addAll(recipients.unitLeader(subject.assignee().unitCode()));
			}
			told.addAll(recipients.centreDispatchers(subject));
			notifier.tell(new Notice("breach:" + breach.caseId() + ":" + breach.stage() + ":" + breach.due(),
					NotificationKind.DEADLINE_BREACHED, breach.caseId(), breach.stage().label() + "超时",
					wording.about(subject) + "。" + breach.stage().label() + "应于 " + wording.time(breach.due())
							+ " 前完成（" + mode(breach.mode()) + "），现已超时。", breach.breachedAt()), told);
		});
	}

	private static String mode(SlaMode mode) {
		return mode == SlaMode.WARTIME ? "战时" : "平时";
	}
}
