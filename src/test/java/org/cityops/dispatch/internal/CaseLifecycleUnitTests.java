package org.cityops.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseState;
import org.cityops.shared.web.ConflictException;
import org.junit.jupiter.api.Test;

class CaseLifecycleUnitTests {

	@Test
	void walksTheMainLineFromReportToEvaluation() {
		CaseState state = CaseState.REPORTED;
		List<CaseAction> mainLine = List.of(CaseAction.ACCEPT, CaseAction.DISPATCH, CaseAction.SIGN, CaseAction.CONTACT,
				CaseAction.ARRIVE, CaseAction.HANDLE, CaseAction.VERIFY, CaseAction.CLOSE, CaseAction.EVALUATE);
		for (CaseAction action : mainLine) {
			state = CaseLifecycle.target(action, state, true, null);
		}
		assertThat(state).isEqualTo(CaseState.EVALUATED);
	}

	@Test
	void refusesToSignACaseThatWasNotDispatched() {
		assertThatThrownBy(() -> CaseLifecycle.target(CaseAction.SIGN, CaseState.ACCEPTED, true, null))
				.isInstanceOf(ConflictException.class)
				.hasMessageContaining("ACCEPTED");
	}

	@Test
	void refusesToCloseBeforeVerification() {
		assertThatThrownBy(() -> CaseLifecycle.target(CaseAction.CLOSE, CaseState.HANDLED, true, null))
				.isInstanceOf(ConflictException.class);
	}

	@Test
	void sendsAFailedVerificationBackToTheAssignee() {
		assertThat(CaseLifecycle.target(CaseAction.VERIFY, CaseState.HANDLED, false, null)).isEqualTo(CaseState.ON_SITE);
	}

	@Test
	void resumesASuspendedCaseWhereItWas() {
		CaseState suspended = CaseLifecycle.target(CaseAction.SUSPEND, CaseState.CONTACTED, true, null);
		assertThat(suspended).isEqualTo(CaseState.SUSPENDED);
		assertThat(CaseLifecycle.target(CaseAction.RESUME, suspended, true, CaseState.CONTACTED))
				.isEqualTo(CaseState.CONTACTED);
	}

	@Test
	void neverMovesAFinishedCase() {
		for (CaseState finished : List.of(CaseState.CLOSED, CaseState.EVALUATED, CaseState.VOIDED)) {
			assertThat(CaseLifecycle.actionsFrom(finished))
					.doesNotContain(CaseAction.VOID, CaseAction.ESCALATE, CaseAction.DISPATCH, CaseAction.SUSPEND);
		}
		assertThat(CaseLifecycle.actionsFrom(CaseState.VOIDED)).isEmpty();
	}

	@Test
	void escalatesFromAnyStateInHandlingAndConsultsBackToDispatch() {
		for (CaseState state : CaseLifecycle.IN_HANDLING) {
			assertThat(CaseLifecycle.target(CaseAction.ESCALATE, state, true, null)).isEqualTo(CaseState.ESCALATED);
		}
		assertThat(CaseLifecycle.target(CaseAction.CONSULT, CaseState.ESCALATED, true, null))
				.isEqualTo(CaseState.DISPATCHED);
	}
}
