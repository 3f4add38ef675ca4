package org.cityops.triage;

/**
 * Default priority of a new case of a category.
 */
public enum Priority {
	NORMAL, HIGH, URGENT
}
