package org.cityops.sla;

/**
 * The stages of a case that run against a time limit, in the order a case normally passes them.
 */
public enum Stage {

	/** 受理: the centre takes the report in. */
	ACCEPT("受理"),
	/** 派遣: the centre sends the case to a grid or department. */
	DISPATCH("派遣"),
	/** 签收: the assignee signs for it. */
	SIGN("签收"),
	/** 联系: the assignee calls the reporter. */
	CONTACT("联系"),
	/** 到场: the assignee is on site. */
	ARRIVE("到场"),
	/** 处置: the matter is handled. */
	HANDLE("处置"),
	/** 核查: the centre or grid verifies the result. */
	VERIFY("核查"),
	/** 结案: the case is closed. */
	CLOSE("结案");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	/** The Chinese name used in the console. */
	public String label() {
		return label;
	}
}
