package org.cityops.geo;

/**
 * The levels of China's administrative divisions that CityOps knows, with the length of their
 * statistical code (NBS 统计用区划代码).
 */
public enum DivisionLevel {

	/** 地级市, e.g. 330300 温州市. */
	CITY(6),
	/** 县级 (区/县/县级市), e.g. 330383 龙港市. */
	COUNTY(6),
	/** 乡级 (街道/镇/乡), e.g. 330302006 五马街道; also NBS placeholders such as 330383198. */
	TOWNSHIP(9),
	/** 村级 (社区/村), e.g. 330383198001 金钗河社区. */
	COMMUNITY(12);

	private final int codeLength;

	DivisionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}
}
