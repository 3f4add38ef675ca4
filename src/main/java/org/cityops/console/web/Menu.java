package org.cityops.console.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.cityops.directory.Role;

/**
 * The console's main menu, in the order shown. A page joins the menu with one entry here (its path,
 * the message key of its label and the roles that see it) and renders with the common layout; see
 * docs/console.md.
 */
final class Menu {

	/** Everyone who is logged in. */
	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	static final List<Entry> ENTRIES = List.of(
			new Entry("/", "menu.home", EVERYONE),
			new Entry("/cases", "menu.cases", EnumSet.of(Role.DISPATCHER, Role.DUTY_CHIEF, Role.CITY_LEADER,
					Role.SUPERVISOR, Role.GRID_LEADER, Role.ADMINISTRATOR)),
			new Entry("/escalations", "menu.escalations", EnumSet.of(Role.DISPATCHER, Role.DUTY_CHIEF,
					Role.CITY_LEADER, Role.ADMINISTRATOR)),
			new Entry("/my/tasks", "menu.myTasks", EnumSet.of(Role.GRID_WORKER, Role.GRID_LEADER)),
			new Entry("/my/patrol", "menu.patrol", EnumSet.of(Role.GRID_WORKER, Role.GRID_LEADER)),
			new Entry("/my/unit", "menu.myUnit", EnumSet.of(Role.DEPARTMENT_HANDLER)),
			new Entry("/v3/api-docs", "menu.api", EnumSet.of(Role.ADMINISTRATOR)));

	private Menu() {
	}

	/**
	 * One menu entry.
	 *
	 * @param path where it leads (inside the application)
	 * @param labelKey message key of its label
	 * @param roles who sees it
	 */
	record Entry(String path, String labelKey, Set<Role> roles) {

		Entry {
			roles = Set.copyOf(roles);
		}

		/** Whether it is the page at {@code requestPath} or a page below it. */
		boolean leadsTo(String requestPath) {
			return path.equals(requestPath) || (!"/".equals(path) && requestPath.startsWith(path + "/"));
		}
	}

	/** A menu entry as one user sees it on one page. */
	record Link(String href, String labelKey, boolean current) {
	}

	/** The entries a user with these roles sees, the one at {@code requestPath} marked current. */
	static List<Link> linksFor(Predicate<Role> hasRole, String requestPath) {
		return ENTRIES.stream()
				.filter(entry -> entry.roles().stream().anyMatch(hasRole))
				.map(entry -> new Link(entry.path(), entry.labelKey(), entry.leadsTo(requestPath)))
				.toList();
	}
}
