package org.cityops.dispatch.internal;

import java.time.Clock;
import java.time.Instant;

import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseEscalated;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseMoved;
import org.cityops.dispatch.CaseState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out one checked transition: the new state and its side effects on the case, the saved
 * case, the timeline entry, the stage clocks and the announcement, all in the caller's transaction.
 */
@Component
class CaseMover {

	private final CaseRows rows;
	private final Timeline timeline;
	private final CaseClocks clocks;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CaseMover(CaseRows rows, Timeline timeline, CaseClocks clocks, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.timeline = timeline;
		this.clocks = clocks;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param target for dispatch, reassignment and consultation: the unit and (optional) person who
	 * get the case
	 */
	Case move(Case subject, CaseAction action, ActionInput input, Actor actor, Target target) {
		Instant now = clock.instant();
		CaseState from = subject.move(action, !Boolean.FALSE.equals(input.passed()), now);
		switch (action) {
			case DISPATCH, REASSIGN, CONSULT -> subject.assignTo(target.unitCode(), target.person(), now);
			case SUSPEND -> subject.suspendUntil(input.reviewDate());
			case EVALUATE -> subject.rate(input.satisfaction());
			default -> {
			}
		}
		if (action == CaseAction.CONSULT) {
			subject.leadBy(target.unitCode());
		}
		Case saved = rows.save(subject);
		timeline.append(saved.id(), now, action, from, saved.state(), actor, note(input), input.reason(),
				input.attachments());
		clocks.moved(saved, action, from, now);
		CaseId id = new CaseId(saved.id());
		events.publishEvent(new CaseMoved(id, action, from, saved.state(), actor.username(),
				actor.person() == null ? null : actor.person().toString(), saved.assigneeUnit(),
				saved.assigneePerson() == null ? null : saved.assigneePerson().toString(), now));
		if (action == CaseAction.ESCALATE) {
			events.publishEvent(new CaseEscalated(id, input.reason(), actor.isSystem(), now));
		}
		return saved;
	}

	private static String note(ActionInput input) {
		if (input.feedback() == null) {
			return input.note();
		}
		String feedback = (input.feedback().reached() ? "回访：已联系报事人" : "回访：未能联系报事人")
				+ (input.feedback().note() == null ? "" : "（" + input.feedback().note() + "）");
		return input.note() == null ? feedback : input.note() + "；" + feedback;
	}

	/** Who gets a case. */
	record Target(String unitCode, java.util.UUID person) {

		static final Target NONE = new Target(null, null);
	}
}
