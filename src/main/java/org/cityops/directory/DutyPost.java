package org.cityops.directory;

/**
 * The three posts on duty at the centre each day: the public-security and emergency duty chiefs
 * (公安应急双值班长) and the city leader on duty, who lead consultations on escalated cases.
 */
public enum DutyPost {
	PUBLIC_SECURITY_CHIEF,
	EMERGENCY_CHIEF,
	CITY_LEADER
}
