package org.cityops.directory;

/**
 * The kinds of units (departments and bodies) that handle, route or oversee cases. A unit's code
 * is {@code <division code>-<KIND>} (e.g. {@code 330383-PUBLIC_SECURITY}), except a grid team's,
 * which is the grid code itself.
 */
public enum UnitKind {

	PUBLIC_SECURITY("公安局", true),
	EMERGENCY("应急管理局", true),
	ENFORCEMENT("综合行政执法局", true),
	ECOLOGY("生态环境局", true),
	HOUSING("住房和城乡建设局", true),
	MARKET("市场监督管理局", true),
	COMMERCE("商务局", true),
	ECONOMY("经济和信息化局", true),
	NATURAL_RESOURCES("自然资源和规划局", true),
	TRANSPORT("交通运输局", true),
	WATER("水利局", true),
	HUMAN_RESOURCES("人力资源和社会保障局", true),
	HEALTH("卫生健康局", true),
	EDUCATION("教育局", true),
	CIVIL_AFFAIRS("民政局", true),
	AGRICULTURE("农业农村局", true),
	PETITIONS("信访局", true),
	JUSTICE("司法局", true),
	FIRE("消防救援", true),
	/** Oversees cases (检察监督); cases are not dispatched to it. */
	PROCURATORATE("人民检察院", false),
	/** 12345 政务服务便民热线. */
	HOTLINE("12345热线", false),
	/** 社会治理中心: the command centre. */
	CENTRE("社会治理中心", false),
	/** 街道办事处 / 镇 (乡) 人民政府. */
	TOWNSHIP_OFFICE("街道/镇政府", false),
	/** 社区居委会 / 村委会. */
	COMMUNITY_COMMITTEE("社区居委会/村委会", false),
	/** The "1+3+N" team of one grid; its unit code is the grid code. */
	GRID("网格", false),
	/** 人民政府 of the city or a county: where city leaders sit. */
	GOVERNMENT("人民政府", false),
	/** 发展和改革委员会 (市发改委): a responsible unit in the gazette's task lists. */
	DEVELOPMENT_REFORM("发展和改革委员会", true),
	/** 财政局: a responsible unit in the gazette's task lists. */
	FINANCE("财政局", true),
	/** 税务局: a responsible unit in the gazette's task lists. */
	TAXATION("税务局", true),
	/** 金融工作办公室 (市金融办): a responsible unit in the gazette's task lists. */
	FINANCIAL_AFFAIRS("金融工作办公室", true),
	/** 科学技术局: a responsible unit in the gazette's task lists. */
	SCIENCE_TECHNOLOGY("科学技术局", true),
	/** 投资促进局: a responsible unit in the gazette's task lists. */
	INVESTMENT_PROMOTION("投资促进局", true),
	/** 国有资产监督管理委员会: a responsible unit in the gazette's task lists. */
	STATE_ASSETS("国有资产监督管理委员会", true),
	/** 文化广电旅游局: a responsible unit in the gazette's task lists. */
	CULTURE_TOURISM("文化广电旅游局", true),
	/** 大数据发展管理局: a responsible unit in the gazette's task lists. */
	BIG_DATA("大数据发展管理局", true),
	/** 邮政管理局: a responsible unit in the gazette's task lists. */
	POSTAL("邮政管理局", true),
	/** 委网信办: a responsible unit in the gazette's task lists. */
	CYBERSPACE("网信办", true),
	/** 委组织部 (人才办): a responsible unit in the gazette's task lists. */
	ORGANIZATION("组织部", true),
	/** 人民法院: a responsible unit in the gazette's task lists. */
	COURT("人民法院", false);

	private final String label;
	private final boolean department;

	UnitKind(String label, boolean department) {
		this.label = label;
		this.department = department;
	}

	/** The generic Chinese name of this kind of body. */
	public String label() {
		return label;
	}

	/** Whether units of this kind are functional departments (职能部门) that cases can be dispatched to. */
	public boolean isDepartment() {
		return department;
	}
}
