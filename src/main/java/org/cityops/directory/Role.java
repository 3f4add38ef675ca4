package org.cityops.directory;

/**
 * What a person does on the platform. Spring Security sees each role as the authority
 * {@code ROLE_<name>} (see {@link #authority()}).
 */
public enum Role {

	/** 市民: reports cases and follows their own. */
	CITIZEN,
	/** 网格员: full-time or part-time worker of one grid. */
	GRID_WORKER,
	/** 网格长: leads one grid's "1+3+N" team. */
	GRID_LEADER,
	/** 部门承办人: handles cases dispatched to a department. */
	DEPARTMENT_HANDLER,
	/** 调度员: accepts, dispatches and follows cases at the centre. */
	DISPATCHER,
	/** 值班长: public-security or emergency duty chief at the centre. */
	DUTY_CHIEF,
	/** 市领导: leads consultations on escalated cases. */
	CITY_LEADER,
	/** 督办考核: supervises departments and communities. */
	SUPERVISOR,
	/** 检察官: prosecutorial oversight over all cases. */
	PROSECUTOR,
	/** 系统管理员: runs the platform. */
	ADMINISTRATOR;

	/** The Spring Security authority of this role, e.g. {@code ROLE_DISPATCHER}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether the role belongs to someone working for the government (everyone but citizens). */
	public boolean isStaff() {
		return this != CITIZEN;
	}
}
