package org.cityops.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cityops.dispatch.AccountabilityOpened;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseClosed;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseEscalated;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseMoved;
import org.cityops.dispatch.CaseQueued;
import org.cityops.dispatch.CaseSearch;
import org.cityops.notification.NotificationKind;
import org.cityops.triage.RiskDetected;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the people concerned what happened to a case: who gets it, that it came back or went up to
 * the centre, that their unit must answer for it, that it is closed. Who gets a case (by dispatch,
 * reassignment, consultation, return or escalation) is told inside the move's transaction; every other
 * listener runs after the case's transaction, in its own, and may run again after a restart: the
 * notices' keys make that harmless.
 */
@Component
class CaseNotices {

	private final CaseManagement cases;
	private final CaseSearch search;
	private final Recipients recipients;
	private final Notifier notifier;
	private final Wording wording;

	CaseNotices(CaseManagement cases, CaseSearch search, Recipients recipients, Notifier notifier, Wording wording) {
		this.cases = cases;
		this.search = search;
		this.recipients = recipients;
		this.notifier = notifier;
		this.wording = wording;
	}

	/** A case the platform did not dispatch by itself waits in the centre's manual queue. */
	@ApplicationModuleListener
	void on(CaseQueued queued) {
		search.summary(queued.caseId()).ifPresent(subject -> notifier.tell(new Notice(
				"opened:" + queued.caseId().value(), NotificationKind.CASE_QUEUED, queued.caseId().value(),
				"新事件待人工分拨", wording.about(subject) + "。" + why(queued) + "请中心人工分拨。", queued.at()),
				recipients.unitPeople(queued.unitCode()), recipients.personOf(queued.reportedBy()).orElse(null)));
	}

	/*
	 * Who has a case now is told in the move's own transaction, just before it commits: the notice
	 * exists exactly when the dispatch does, so the assignee finds it the moment the case is answered
	 * (the sign clock starts at dispatch, and in wartime it allows one minute), and a dispatch, which
	 * every routed intake makes, costs no registry row and none of the registry's three follow-up
	 * transactions. A failure here rolls the move back with its notice. Moves nobody is told about
	 * (accepting, signing, …) fail the condition and cost nothing.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT,
			condition = "#moved.action().name() matches 'DISPATCH|REASSIGN|CONSULT|RETURN'")
	void on(CaseMoved moved) {
		CaseAction action = moved.action();
		String key = "moved:" + moved.caseId().value() + ":" + action + ":" + moved.at() + ":" + moved.to();
		UUID actor = moved.actorPerson() == null ? null : UUID.fromString(moved.actorPerson());
		if (action == CaseAction.RETURN) {
			find(moved.caseId()).ifPresent(subject -> notifier.tell(new Notice(key, NotificationKind.CASE_RETURNED,
					subject.id().value(), "事件被退回中心",
					wording.about(subject) + "。退回理由：" + lastReason(subject, action) + "，请重新分拨。", moved.at()),
					recipients.centreDispatchers(subject), actor));
			return;
		}
		List<Recipient> told = new ArrayList<>(recipients.person(moved.assigneePerson()).map(List::of)
				.orElseGet(() -> recipients.unitPeople(moved.assigneeUnit())));
		// A consultation also tells its co-organisers; a dispatch (every routed intake has one) needs
		// only the case's description and address.
		Optional<String> about = action == CaseAction.CONSULT
				? find(moved.caseId()).map(subject -> {
					subject.coTasks().forEach(task -> told.addAll(recipients.unitPeople(task.unitCode())));
					return wording.about(subject);
				})
				: search.summary(moved.caseId()).map(wording::about);
		String title = action == CaseAction.CONSULT ? "会商后派遣事件" : action == CaseAction.REASSIGN ? "事件改派给您" : "新派遣事件";
		about.ifPresent(text -> notifier.tell(new Notice(key, NotificationKind.CASE_ASSIGNED, moved.caseId().value(),
				title, text + "。请及时签收处置。", moved.at()), told, actor));
	}

	/** Like a dispatch, in the escalation's own transaction: the centre gets the case and the notice at once. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(CaseEscalated escalated) {
		find(escalated.caseId()).ifPresent(subject -> {
			List<Recipient> told = new ArrayList<>(recipients.centreDispatchers(subject));
			told.addAll(recipients.dutyChiefs(escalated.at()));
			notifier.tell(new Notice("escalated:" + escalated.caseId().value() + ":" + escalated.at(),
					NotificationKind.CASE_ESCALATED, subject.id().value(), "事件提级至中心",
					wording.about(subject) + "。提级原因：" + escalated.reason() + "。请组织会商。", escalated.at()), told);
		});
	}

	/** The duty chiefs on duty and the centre's dispatchers, at once: triage found a risk in a new case. */
	@ApplicationModuleListener
	void on(RiskDetected risk) {
		find(new CaseId(risk.caseId())).ifPresent(subject -> {
			List<Recipient> told = new ArrayList<>(recipients.dutyChiefs(risk.at()));
			told.addAll(recipients.centreDispatchers(subject));
			String found = risk.risks().stream().map(r -> r.kind() + "（" + r.keyword() + "）")
					.collect(java.util.stream.Collectors.joining("、"));
			notifier.tell(new Notice("risk:" + risk.caseId(), NotificationKind.RISK_DETECTED, risk.caseId(),
					"风险预警：" + found, wording.about(subject) + "。识别到：" + found + "。已按紧急件处理，请值班长立即关注。",
					risk.at()), told);
		});
	}

	@ApplicationModuleListener
	void on(AccountabilityOpened opened) {
		find(opened.caseId()).ifPresent(subject -> {
			List<Recipient> told = new ArrayList<>(recipients.person(opened.personId()).stream().toList());
			told.addAll(recipients.unitPeople(opened.unitCode()));
			notifier.tell(new Notice("accountability:" + opened.recordId(), NotificationKind.ACCOUNTABILITY_OPENED,
					subject.id().value(), "问责记录待答复", wording.about(subject) + "。" + opened.detail()
							+ "。请本单位作出说明。", opened.at()), told);
		});
	}

	/** Everyone who reported the case or a duplicate of it; reporters without an account by phone only. */
	@ApplicationModuleListener
	void on(CaseClosed closed) {
		String receipt = find(closed.caseId()).map(CaseDetails::receipt).orElse(null);
		notifier.tell(new Notice("closed:" + closed.caseId().value() + ":" + closed.at(), NotificationKind.CASE_CLOSED,
				closed.caseId().value(), "您反映的事件已办结",
				"您反映的事件（" + (receipt == null ? closed.caseId().value() : "受理号 " + receipt)
						+ "）已办结，感谢您的监督。欢迎对办理结果作出评价。", closed.at()),
				recipients.reporters(closed.reporters()));
	}

	private Optional<CaseDetails> find(CaseId id) {
		return cases.find(id);
	}

	private static String why(CaseQueued queued) {
		if (queued.gridCode() == null) {
			return "事件不在任何网格内，";
		}
		return queued.categoryCode() == null ? "事件尚未分类，" : "";
	}

	private static String lastReason(CaseDetails subject, CaseAction action) {
		for (int i = subject.timeline().size() - 1; i >= 0; i--) {
			CaseDetails.TimelineEntry entry = subject.timeline().get(i);
			if (entry.action() == action && entry.reason() != null) {
				return entry.reason();
			}
		}
		return "未说明";
	}
}
