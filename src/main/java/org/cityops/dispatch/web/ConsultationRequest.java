package org.cityops.dispatch.web;

import java.time.Instant;
import java.util.List;

import org.cityops.dispatch.Consultation.Participant;

/**
 * The consultation form: participants default to the duty team on the roster.
 */
record ConsultationRequest(String decision, String leadUnit, List<String> coUnits, List<Participant> participants,
		Instant coDueAt) {
}
