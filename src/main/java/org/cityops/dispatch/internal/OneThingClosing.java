package org.cityops.dispatch.internal;

import java.util.List;
import java.util.Optional;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Role;
import org.cityops.directory.Unit;
import org.cityops.dispatch.Actor;
import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The closing rule of a case under a "one thing" standard: every sub-task closed, and the lead unit
 * confirms by closing the case itself.
 */
@Component
class OneThingClosing {

	private final JdbcClient jdbc;
	private final DirectoryManagement directory;

	OneThingClosing(JdbcClient jdbc, DirectoryManagement directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * @throws ConflictException when a sub-task is still waiting or open
	 * @throws AccessDeniedException when someone other than the lead unit closes the case
	 */
	void check(String caseId, Actor actor) {
		Optional<String> lead = jdbc.sql("select lead_unit from dispatch.one_thing_run where case_id = ?")
				.param(caseId).query(String.class).optional();
		if (lead.isEmpty()) {
			return;
		}
		List<String> open = jdbc.sql("""
				select unit_code || '：' || action from dispatch.one_thing_task
				where case_id = ? and state in ('WAITING', 'OPEN') order by step_group, id""")
				.param(caseId).query(String.class).list();
		if (!open.isEmpty()) {
			throw new ConflictException(FieldProblem.coded("oneThingTasks", "problem.oneThing.tasksOpen",
					"the one-thing sub-tasks are not all closed: " + open, String.join("；", open)));
		}
		if (!actor.isSystem() && !actor.has(Role.ADMINISTRATOR) && !lead.get().equals(actor.unitCode())) {
			String name = directory.unit(lead.get()).map(Unit::name).orElse(lead.get());
			throw new AccessDeniedException("The lead unit " + name + " confirms the closing of this one-thing case");
		}
	}
}
