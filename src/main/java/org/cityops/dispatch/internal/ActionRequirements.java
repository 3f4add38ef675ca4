package org.cityops.dispatch.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.PersonId;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.CaseAction;
import org.cityops.geo.Position;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * What each action needs in its input, checked before anything changes.
 */
@Component
class ActionRequirements {

	static final int MAX_TEXT = 2_000;

	private final DirectoryManagement directory;
	private final DispatchSettings settings;

	ActionRequirements(DirectoryManagement directory, DispatchSettings settings) {
		this.directory = directory;
		this.settings = settings;
	}

	void check(CaseAction action, ActionInput input, Case subject, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		text(problems, "note", input.note());
		text(problems, "reason", input.reason());
		switch (action) {
			case RETURN, ESCALATE, SUSPEND, VOID, REASSIGN -> {
				if (blank(input.reason())) {
					problems.add(FieldProblem.coded("reason", "problem.action.reasonRequired",
							"is required to " + action.path() + " a case", action.label()));
				}
			}
			default -> {
			}
		}
		switch (action) {
			case DISPATCH, REASSIGN -> target(problems, input);
			case SUSPEND -> {
				if (input.reviewDate() == null || !input.reviewDate().isAfter(today)) {
					problems.add(FieldProblem.coded("reviewDate", "problem.action.reviewDate", "is required and must be after today"));
				}
			}
			case EVALUATE -> {
				if (input.satisfaction() == null || input.satisfaction() < 1 || input.satisfaction() > 5) {
					problems.add(FieldProblem.coded("satisfaction", "problem.action.satisfaction", "must be a whole number from 1 to 5"));
				}
			}
			case VERIFY -> {
				if (input.passed() == null) {
					problems.add(FieldProblem.coded("passed", "problem.action.passed",
							"is required: true when the result holds, false to send it back"));
				}
			}
			case CLOSE -> feedback(problems, input, subject);
			case ARRIVE -> arrival(problems, input.position(), subject);
			default -> {
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private void target(List<FieldProblem> problems, ActionInput input) {
		if (blank(input.targetUnit())) {
			problems.add(FieldProblem.coded("targetUnit", "problem.action.targetUnit", "is required: the unit to send the case to"));
			return;
		}
		if (directory.unit(input.targetUnit()).isEmpty()) {
			problems.add(FieldProblem.coded("targetUnit", "problem.action.noUnit", "no unit " + input.targetUnit(),
					input.targetUnit()));
			return;
		}
		if (!blank(input.targetPerson())) {
			boolean member = directory.personByUsername(input.targetPerson())
					.or(() -> parse(input.targetPerson()).flatMap(directory::person))
					.map(person -> input.targetUnit().equals(person.unitCode()))
					.orElse(false);
			if (!member) {
				problems.add(FieldProblem.coded("targetPerson", "problem.action.notMember", "is not a member of " + input.targetUnit(),
						input.targetUnit()));
			}
		}
	}

	private static void feedback(List<FieldProblem> problems, ActionInput input, Case subject) {
		boolean reachable = subject.reporterPhone() != null || subject.reporterAccount() != null;
		if (!reachable) {
			return;
		}
		if (input.feedback() == null) {
			problems.add(FieldProblem.coded("feedback", "problem.action.feedback",
					"is required: tell whether the reporter was reached and told the result (回访)"));
		}
		else if (!input.feedback().reached() && blank(input.feedback().note())) {
			problems.add(FieldProblem.coded("feedback.note", "problem.action.feedbackNote",
					"must record the attempts made when the reporter could not be reached"));
		}
	}

	private void arrival(List<FieldProblem> problems, Position position, Case subject) {
		if (position == null || subject.lat() == null) {
			return;
		}
		if (!(Math.abs(position.lat()) <= 90 && Math.abs(position.lng()) <= 180)) {
			problems.add(FieldProblem.coded("position", "problem.action.position", "is not a WGS84 position"));
			return;
		}
		double metres = Distances.metres(position.lat(), position.lng(), subject.lat(), subject.lng());
		if (metres > settings.arrivalRadius()) {
			String distance = String.format(Locale.ROOT, "%.0f", metres);
			String radius = String.format(Locale.ROOT, "%.0f", settings.arrivalRadius());
			problems.add(FieldProblem.coded("position", "problem.action.tooFar",
					"is " + distance + " m from the case; arrival counts within " + radius + " m", distance, radius));
		}
	}

	private static Optional<PersonId> parse(String id) {
		try {
			return Optional.of(new PersonId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static void text(List<FieldProblem> problems, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			problems.add(FieldProblem.coded(field, "problem.text.tooLong", "must be at most " + MAX_TEXT + " characters",
					String.valueOf(MAX_TEXT)));
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
