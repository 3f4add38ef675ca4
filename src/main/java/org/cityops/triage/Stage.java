package org.cityops.triage;

/**
 * The stages of a case that carry a time limit, in handling order.
 */
public enum Stage {
	/** 受理 */
	ACCEPT,
	/** 派遣 */
	DISPATCH,
	/** 签收 */
	SIGN,
	/** 联系 */
	CONTACT,
	/** 到场 */
	ARRIVE,
	/** 处置 */
	HANDLE,
	/** 核查 */
	VERIFY,
	/** 结案 */
	CLOSE
}
