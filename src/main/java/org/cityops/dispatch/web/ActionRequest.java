package org.cityops.dispatch.web;

import java.time.LocalDate;
import java.util.List;

import org.cityops.dispatch.ActionInput;
import org.cityops.geo.Position;

/**
 * The JSON body of {@code POST /api/cases/{id}/actions/{action}}; every field is optional and each
 * action says which it needs.
 */
record ActionRequest(String note, String reason, List<String> attachments, String targetUnit, String targetPerson,
		Boolean passed, Integer satisfaction, LocalDate reviewDate, Double lat, Double lng, FeedbackRequest feedback) {

	ActionInput toInput() {
		Position position = lat == null || lng == null ? null : new Position(lat, lng);
		ActionInput.Feedback reporterFeedback = feedback == null ? null
				: new ActionInput.Feedback(Boolean.TRUE.equals(feedback.reached()), feedback.note());
		return new ActionInput(note, reason, attachments, targetUnit, targetPerson, passed, satisfaction, reviewDate,
				position, reporterFeedback);
	}

	record FeedbackRequest(Boolean reached, String note) {
	}
}
