package org.cityops.triage;

/**
 * A tag triage puts on a case, with the reason it applies.
 *
 * @param name {@code triage}, a difficulty ({@code general}, {@code difficult}, {@code collaborative},
 * {@code one-thing}) or a signal of the one-thing catalogue ({@code REPEAT}, {@code GROUP},
 * {@code NIGHT}, {@code URGENT}, {@code RISK_FIRE}, …)
 * @param reason why, in words
 */
public record CaseTag(String name, String reason) {

	/** {@code name:reason}, as cases store tags. */
	@Override
	public String toString() {
		return name + ":" + reason;
	}
}
