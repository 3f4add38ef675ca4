package org.cityops.sla;

/**
 * Which set of limits applies in an area.
 */
public enum SlaMode {

	/** 平时: limits in working hours or working days on the working calendar ("122"). */
	NORMAL,
	/** 战时: short limits in wall-clock time counted from dispatch ("1220": sign 1 min, call 2 min, on site 20 min). */
	WARTIME
}
