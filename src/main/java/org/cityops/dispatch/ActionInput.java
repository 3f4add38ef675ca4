package org.cityops.dispatch;

import java.time.LocalDate;
import java.util.List;

import org.cityops.geo.Position;

/**
 * What an action carries; each action reads the fields it needs and refuses to go on without them.
 *
 * @param note free text for the timeline
 * @param reason why (required to return, escalate, suspend, void, reassign)
 * @param attachments photos or files (URLs or stored file ids)
 * @param targetUnit the unit to dispatch or reassign to
 * @param targetPerson the person to dispatch or reassign to (optional; else the unit's first responder)
 * @param passed for {@code verify}: whether the result passed
 * @param satisfaction for {@code evaluate}: 1 (very dissatisfied) to 5 (very satisfied)
 * @param reviewDate for {@code suspend}: when to look at the case again
 * @param position for {@code arrive}: where the worker is (WGS84), checked against the case
 * @param feedback for {@code close}: how the reporter was told of the result
 */
public record ActionInput(String note, String reason, List<String> attachments, String targetUnit,
		String targetPerson, Boolean passed, Integer satisfaction, LocalDate reviewDate, Position position,
		Feedback feedback) {

	public static final ActionInput NONE = new ActionInput(null, null, List.of(), null, null, null, null, null, null,
			null);

	public ActionInput {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public static ActionInput note(String note) {
		return new ActionInput(note, null, List.of(), null, null, null, null, null, null, null);
	}

	public static ActionInput reason(String reason) {
		return new ActionInput(null, reason, List.of(), null, null, null, null, null, null, null);
	}

	/**
	 * The reporter's feedback before a case closes (回访): reached and told the result, or not
	 * reachable after documented attempts.
	 *
	 * @param reached whether the reporter was reached
	 * @param note what they said, or the attempts made (required when not reached)
	 */
	public record Feedback(boolean reached, String note) {
	}
}
