package org.cityops.console.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityops.shared.web.FieldProblem;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a form post did, carried to the page it returns to (a flash attribute {@code outcome}): done,
 * or the problems the platform found, by field, so that the page shows each next to its field and
 * opens the form again with what was typed.
 *
 * @param caseId the case the form was about
 * @param form the form: an action's path ({@code sign}), {@code consult}, {@code coTask} or {@code answer}
 * @param ok whether it went through
 * @param fields problems by field name (the problem details' {@code field})
 * @param message a problem not tied to a field (a conflict, a refusal), else {@code null}
 * @param values what was typed, by field name, to fill the form again
 */
record Outcome(String caseId, String form, boolean ok, Map<String, String> fields, String message,
		Map<String, String> values) {

	static final String NAME = "outcome";

	static void done(RedirectAttributes flash, String caseId, String form) {
		flash.addFlashAttribute(NAME, new Outcome(caseId, form, true, Map.of(), null, Map.of()));
	}

	static void failed(RedirectAttributes flash, String caseId, String form, List<FieldProblem> problems,
			Map<String, String> values) {
		Map<String, String> fields = new LinkedHashMap<>();
		problems.forEach(problem -> fields.merge(problem.field() == null ? "" : problem.field(), problem.message(),
				(a, b) -> a + "; " + b));
		flash.addFlashAttribute(NAME, new Outcome(caseId, form, false, fields, null, values));
	}

	static void refused(RedirectAttributes flash, String caseId, String form, String message,
			Map<String, String> values) {
		flash.addFlashAttribute(NAME, new Outcome(caseId, form, false, Map.of(), message, values));
	}

	/** Whether this outcome belongs to the form of {@code form} on case {@code id} (for the template). */
	public boolean isFor(String id, String formName) {
		return caseId != null && caseId.equals(id) && form.equals(formName);
	}

	/** The problem of a field, else {@code null} (for the template). */
	public String problem(String field) {
		return fields.get(field);
	}

	/**
	 * The problems of fields a form does not show (e.g. {@code action} for a conflict), as
	 * {@code field: message} (for the template).
	 */
	public List<String> others(List<String> shown) {
		return fields.entrySet().stream().filter(entry -> !shownIn(entry.getKey(), shown))
				.map(entry -> entry.getKey().isEmpty() ? entry.getValue() : entry.getKey() + ": " + entry.getValue())
				.toList();
	}

	private static boolean shownIn(String field, List<String> shown) {
		return shown.stream().anyMatch(name -> field.equals(name) || field.startsWith(name + ".")
				|| ("position".equals(name) && ("lat".equals(field) || "lng".equals(field))));
	}

	/** What was typed into a field, else {@code null} (for the template). */
	public String value(String field) {
		return values.get(field);
	}
}
