package org.cityops.triage;

/**
 * A major class (大类) of the taxonomy.
 *
 * @param code two digits, e.g. {@code 07}
 * @param nature whether its minor classes are about public facilities (部件) or happenings (事件)
 */
public record MajorClass(String code, String name, String nameEn, Nature nature) {

	/** 部件 (a public facility is damaged or missing) or 事件 (something happens). */
	public enum Nature {
		COMPONENT, EVENT
	}
}
