package org.cityops.console.web;

import java.time.LocalDate;
import java.util.List;

import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.CaseAction;
import org.cityops.geo.Position;

/**
 * The form of a case action in the console: the same fields as the API's action body, flat (the
 * reporter's feedback as {@code reached} and {@code feedbackNote}, the position as {@code lat} and
 * {@code lng}); {@code returnTo} names the page to go back to.
 */
record ActionForm(String note, String reason, String targetUnit, String targetPerson, Boolean passed,
		Integer satisfaction, LocalDate reviewDate, Double lat, Double lng, Boolean reached, String feedbackNote,
		String returnTo) {

	/** The fields each action's form shows, in order (the API's {@link ActionInput} names). */
	static List<String> fieldsOf(CaseAction action) {
		return switch (action) {
			case DISPATCH -> List.of("targetUnit", "targetPerson", "note");
			case REASSIGN -> List.of("targetUnit", "targetPerson", "reason");
			case RETURN, ESCALATE, VOID -> List.of("reason");
			case SUSPEND -> List.of("reason", "reviewDate");
			case VERIFY -> List.of("passed", "note");
			case CLOSE -> List.of("feedback", "note");
			case EVALUATE -> List.of("satisfaction");
			case ARRIVE -> List.of("position", "note");
			case HANDLE -> List.of("note", "photo");
			default -> List.of("note");
		};
	}

	ActionInput toInput(CaseAction action, List<String> attachments) {
		Position position = lat == null || lng == null ? null : new Position(lat, lng);
		ActionInput.Feedback feedback = action == CaseAction.CLOSE
				? new ActionInput.Feedback(Boolean.TRUE.equals(reached), blankToNull(feedbackNote)) : null;
		return new ActionInput(blankToNull(note), blankToNull(reason), attachments, blankToNull(targetUnit),
				blankToNull(targetPerson), passed, satisfaction, reviewDate, position, feedback);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
