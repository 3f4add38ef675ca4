package org.cityops.dispatch;

/**
 * Where a case came in.
 */
public enum Channel {

	/** 12345 热线: an operator takes a call. */
	HOTLINE("12345热线"),
	/** 巡查上报: a grid worker reports from patrol. */
	PATROL("网格巡查"),
	/** 市民上报: a citizen reports on the web or by app. */
	CITIZEN("市民上报"),
	/** 感知预警: an IoT device or video-AI algorithm raises an alert. */
	SENSOR("智能感知"),
	/** 协同网关: another system hands a case over through the coordination gateway. */
	GATEWAY("系统协同");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
