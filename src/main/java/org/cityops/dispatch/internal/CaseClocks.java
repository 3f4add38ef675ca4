package org.cityops.dispatch.internal;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseState;
import org.cityops.sla.SlaManagement;
import org.cityops.sla.Stage;
import org.cityops.sla.StageStart;
import org.springframework.stereotype.Component;

/**
 * Keeps a case's stage clocks in step with its state: the stage a state waits for runs while the
 * case is in it. An action that does the awaited work completes the stage (on time or late); any
 * other move (return, escalation, suspension, voiding) stops the running clocks without a verdict.
 */
@Component
class CaseClocks {

	private static final Map<CaseState, Stage> AWAITED = new EnumMap<>(CaseState.class);
	private static final Set<CaseAction> COMPLETING = EnumSet.of(CaseAction.ACCEPT, CaseAction.DISPATCH,
			CaseAction.SIGN, CaseAction.CONTACT, CaseAction.ARRIVE, CaseAction.HANDLE, CaseAction.VERIFY,
			CaseAction.CLOSE, CaseAction.CONSULT);

	static {
		AWAITED.put(CaseState.REPORTED, Stage.ACCEPT);
		AWAITED.put(CaseState.ACCEPTED, Stage.DISPATCH);
		AWAITED.put(CaseState.RETURNED, Stage.DISPATCH);
		AWAITED.put(CaseState.ESCALATED, Stage.DISPATCH);
		AWAITED.put(CaseState.DISPATCHED, Stage.SIGN);
		AWAITED.put(CaseState.SIGNED, Stage.CONTACT);
		AWAITED.put(CaseState.CONTACTED, Stage.ARRIVE);
		AWAITED.put(CaseState.ON_SITE, Stage.HANDLE);
		AWAITED.put(CaseState.HANDLED, Stage.VERIFY);
		AWAITED.put(CaseState.VERIFIED, Stage.CLOSE);
	}

	private final SlaManagement sla;

	CaseClocks(SlaManagement sla) {
		this.sla = sla;
	}

	/** Starts the clock of a case that just entered the pool. */
	void opened(Case opened) {
		start(opened, opened.receivedAt());
	}

	/** Completes or stops the clock the case left and starts the one it entered. */
	void moved(Case moved, CaseAction action, CaseState from, Instant at) {
		Optional<Stage> left = awaited(from);
		Optional<Stage> entered = awaited(moved.state());
		if (left.isPresent() && COMPLETING.contains(action)) {
			if (entered.isPresent() && entered.get() != left.get()) {
				// the usual step: one statement completes the stage left and starts the next
				sla.advance(left.get(), startOf(moved, entered.get(), at));
				return;
			}
			sla.completeStage(moved.id(), left.get(), at);
		}
		else if (left.isPresent() || moved.state().finished() || moved.state() == CaseState.DUPLICATE) {
			sla.cancel(moved.id(), at);
		}
		start(moved, at);
	}

	private void start(Case running, Instant at) {
		awaited(running.state()).ifPresent(stage -> sla.startStage(startOf(running, stage, at)));
	}

	private static StageStart startOf(Case running, Stage stage, Instant at) {
		return new StageStart(running.id(), stage, running.categoryCode(), running.areaCode(), running.urgent(), at,
				running.dispatchedAt());
	}

	static Optional<Stage> awaited(CaseState state) {
		return Optional.ofNullable(AWAITED.get(state));
	}
}
