package org.cityops.dispatch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. The main line runs from {@link #REPORTED} to {@link #EVALUATED}; the others
 * are side states a case enters and leaves by explicit actions.
 */
public enum CaseState {

	REPORTED("已上报"),
	ACCEPTED("已受理"),
	DISPATCHED("已派遣"),
	SIGNED("已签收"),
	CONTACTED("已联系"),
	ON_SITE("已到场"),
	HANDLED("已处置"),
	VERIFIED("已核查"),
	CLOSED("已结案"),
	EVALUATED("已评价"),
	/** 退回: the assignee sent it back to the centre, with a reason. */
	RETURNED("已退回"),
	/** 提级: with the centre for consultation. */
	ESCALATED("已提级"),
	/** 挂账: parked with a reason and a review date. */
	SUSPENDED("已挂账"),
	/** 作废: voided by the centre, with a reason. */
	VOIDED("已作废"),
	/** 重复件: linked to an open case about the same thing; closes with it. */
	DUPLICATE("重复件");

	private static final Set<CaseState> FINISHED = EnumSet.of(CLOSED, EVALUATED, VOIDED);

	private final String label;

	CaseState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the handling loop of a case in this state is closed (or abandoned). */
	public boolean finished() {
		return FINISHED.contains(this);
	}
}
