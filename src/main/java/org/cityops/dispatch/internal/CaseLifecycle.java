package org.cityops.dispatch.internal;

import static org.cityops.dispatch.CaseState.ACCEPTED;
import static org.cityops.dispatch.CaseState.CLOSED;
import static org.cityops.dispatch.CaseState.CONTACTED;
import static org.cityops.dispatch.CaseState.DISPATCHED;
import static org.cityops.dispatch.CaseState.DUPLICATE;
import static org.cityops.dispatch.CaseState.ESCALATED;
import static org.cityops.dispatch.CaseState.EVALUATED;
import static org.cityops.dispatch.CaseState.HANDLED;
import static org.cityops.dispatch.CaseState.ON_SITE;
import static org.cityops.dispatch.CaseState.REPORTED;
import static org.cityops.dispatch.CaseState.RETURNED;
import static org.cityops.dispatch.CaseState.SIGNED;
import static org.cityops.dispatch.CaseState.SUSPENDED;
import static org.cityops.dispatch.CaseState.VERIFIED;
import static org.cityops.dispatch.CaseState.VOIDED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseState;
import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;

/**
 * Which action may move a case from which state, and where to. Actions whose target depends on
 * their input (a failed verification, a resume) are resolved by {@link #target}.
 */
final class CaseLifecycle {

	/** States in which a case is being handled and may be escalated or suspended. */
	static final Set<CaseState> IN_HANDLING = EnumSet.of(REPORTED, ACCEPTED, DISPATCHED, SIGNED, CONTACTED, ON_SITE,
			HANDLED, RETURNED);

	private static final Map<CaseAction, Set<CaseState>> FROM = new EnumMap<>(CaseAction.class);
	private static final Map<CaseAction, CaseState> TO = new EnumMap<>(CaseAction.class);

	static {
		allow(CaseAction.ACCEPT, ACCEPTED, REPORTED);
		allow(CaseAction.DISPATCH, DISPATCHED, ACCEPTED, RETURNED);
		allow(CaseAction.REASSIGN, DISPATCHED, DISPATCHED, SIGNED, CONTACTED, ON_SITE, RETURNED, ESCALATED);
		allow(CaseAction.SIGN, SIGNED, DISPATCHED);
		allow(CaseAction.CONTACT, CONTACTED, SIGNED);
		allow(CaseAction.ARRIVE, ON_SITE, CONTACTED);
		allow(CaseAction.HANDLE, HANDLED, ON_SITE);
		allow(CaseAction.VERIFY, VERIFIED, HANDLED);
		allow(CaseAction.CLOSE, CLOSED, VERIFIED, DUPLICATE);
		allow(CaseAction.EVALUATE, EVALUATED, CLOSED);
		allow(CaseAction.RETURN, RETURNED, DISPATCHED, SIGNED);
		allow(CaseAction.ESCALATE, ESCALATED, IN_HANDLING.toArray(CaseState[]::new));
		allow(CaseAction.CONSULT, DISPATCHED, ESCALATED);
		EnumSet<CaseState> suspendable = EnumSet.copyOf(IN_HANDLING);
		suspendable.add(ESCALATED);
		allow(CaseAction.SUSPEND, SUSPENDED, suspendable.toArray(CaseState[]::new));
		allow(CaseAction.RESUME, null, SUSPENDED);
		EnumSet<CaseState> voidable = EnumSet.complementOf(EnumSet.of(CLOSED, EVALUATED, VOIDED));
		allow(CaseAction.VOID, VOIDED, voidable.toArray(CaseState[]::new));
		allow(CaseAction.LINK_DUPLICATE, DUPLICATE, REPORTED);
	}

	private CaseLifecycle() {
	}

	private static void allow(CaseAction action, CaseState to, CaseState... from) {
		FROM.put(action, EnumSet.of(from[0], from));
		if (to != null) {
			TO.put(action, to);
		}
	}

	static boolean allows(CaseAction action, CaseState from) {
		return FROM.getOrDefault(action, Set.of()).contains(from);
	}

	/** The actions a case in this state accepts (whoever may take them). */
	static Set<CaseAction> actionsFrom(CaseState state) {
		EnumSet<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		FROM.forEach((action, from) -> {
			if (from.contains(state)) {
				actions.add(action);
			}
		});
		return actions;
	}

	/**
	 * Where the action takes the case.
	 *
	 * @param passed for {@link CaseAction#VERIFY}: whether the result passed; a failed verification
	 * sends the case back to the assignee to handle again ({@link CaseState#ON_SITE})
	 * @param suspendedFrom for {@link CaseAction#RESUME}: the state the case was suspended in
	 * @throws ConflictException when the action is not allowed in the current state
	 */
	static CaseState target(CaseAction action, CaseState from, boolean passed, CaseState suspendedFrom) {
		if (!allows(action, from)) {
			throw new ConflictException(FieldProblem.coded("action", "problem.action.notAllowed", "a case that is " + from
					+ " (" + from.label() + ") cannot be " + action.path() + "ed (" + action.label() + ")",
					from.label(), action.label()));
		}
		if (action == CaseAction.VERIFY && !passed) {
			return ON_SITE;
		}
		if (action == CaseAction.RESUME) {
			return suspendedFrom;
		}
		return TO.get(action);
	}
}
