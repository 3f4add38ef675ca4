package org.cityops.directory.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.cityops.directory.DutyPost;
import org.cityops.directory.Engagement;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.cityops.directory.internal.People.Listed;

/**
 * Generates the demo people of 龙港市 from a seed: the same seed and input always give the same
 * people, ids, names and numbers. Each grid's team depends only on the seed and the grid code.
 */
final class DemoStaff {

	static final String LONGGANG = "330383";
	static final String CENTRE = "330383-CENTRE";
	static final int FULL_TIME_PER_GRID = 3;
	static final int MAX_PART_TIME_PER_GRID = 4;

	private final long seed;
	private final NamePool names;
	private final List<Listed> people = new ArrayList<>();
	private final Map<DutyPost, List<PersonId>> pools = new EnumMap<>(DutyPost.class);
	private final Map<String, PersonId> accounts = new LinkedHashMap<>();

	DemoStaff(long seed, NamePool names) {
		this.seed = seed;
		this.names = names;
	}

	/** What the generator produced: people, the duty pools and the people behind the demo accounts. */
	record Plan(List<Listed> people, Map<DutyPost, List<PersonId>> pools, Map<String, PersonId> accounts) {
	}

	Plan generate(List<String> gridCodes, List<String> departmentCodes) {
		gridCodes.forEach(this::gridTeam);
		departmentCodes.forEach(code -> group(code, "handler", 3 + random(code).nextInt(3), Role.DEPARTMENT_HANDLER, LONGGANG));
		group(CENTRE, "dispatcher", 8, Role.DISPATCHER, LONGGANG);
		group(CENTRE, "supervisor", 3, Role.SUPERVISOR, LONGGANG);
		group("330383-HOTLINE", "operator", 4, Role.DISPATCHER, LONGGANG);
		group("330383-PROCURATORATE", "prosecutor", 3, Role.PROSECUTOR, LONGGANG);
		pools.put(DutyPost.PUBLIC_SECURITY_CHIEF, group("330383-PUBLIC_SECURITY", "duty-chief", 7, Role.DUTY_CHIEF, LONGGANG));
		pools.put(DutyPost.EMERGENCY_CHIEF, group("330383-EMERGENCY", "duty-chief", 7, Role.DUTY_CHIEF, LONGGANG));
		pools.put(DutyPost.CITY_LEADER, group("330383-GOVERNMENT", "city-leader", 6, Role.CITY_LEADER, LONGGANG));
		PersonId admin = add("administrator", "平台管理员", CENTRE, Role.ADMINISTRATOR, "330300", Engagement.FULL_TIME, 0);
		PersonId citizen = add("citizen", names.name(random("citizen")), null, Role.CITIZEN, null, Engagement.FULL_TIME, 0);
		linkAccounts(gridCodes, departmentCodes, admin, citizen);
		return new Plan(List.copyOf(people), pools, accounts);
	}

	private void gridTeam(String grid) {
		SplittableRandom random = random(grid);
		add(grid + ":leader", names.name(random), grid, Role.GRID_LEADER, grid, Engagement.FULL_TIME, 0);
		for (int i = 1; i <= FULL_TIME_PER_GRID; i++) {
			add(grid + ":worker:" + i, names.name(random), grid, Role.GRID_WORKER, grid, Engagement.FULL_TIME, i);
		}
		int partTime = 1 + random.nextInt(MAX_PART_TIME_PER_GRID);
		for (int i = 1; i <= partTime; i++) {
			add(grid + ":part-time:" + i, names.name(random), grid, Role.GRID_WORKER, grid, Engagement.PART_TIME, 10 + i);
		}
	}

	private List<PersonId> group(String unit, String post, int size, Role role, String scope) {
		SplittableRandom random = random(unit + ":" + post);
		List<PersonId> ids = new ArrayList<>();
		for (int i = 1; i <= size; i++) {
			ids.add(add(unit + ":" + post + ":" + i, names.name(random), unit, role, scope, Engagement.FULL_TIME, i));
		}
		return ids;
	}

	private PersonId add(String key, String name, String unit, Role role, String scope, Engagement engagement,
			int ordinal) {
		PersonId id = PersonId.derivedFrom("demo:" + key);
		String phone = String.format("170%08d", people.size() + 1);
		people.add(new Listed(new Person(id, name, unit, Set.of(role), phone, scope, engagement, true), ordinal));
		return id;
	}

	private void linkAccounts(List<String> gridCodes, List<String> departmentCodes, PersonId admin, PersonId citizen) {
		accounts.put("admin", admin);
		accounts.put("dispatcher", PersonId.derivedFrom("demo:" + CENTRE + ":dispatcher:1"));
		accounts.put("supervisor", PersonId.derivedFrom("demo:" + CENTRE + ":supervisor:1"));
		if (gridCodes.contains(DemoAccounts.GRID)) {
			accounts.put("grid", PersonId.derivedFrom("demo:" + DemoAccounts.GRID + ":worker:1"));
			accounts.put("gridleader", PersonId.derivedFrom("demo:" + DemoAccounts.GRID + ":leader"));
		}
		if (departmentCodes.contains(DemoAccounts.HANDLER_UNIT)) {
			accounts.put("handler", PersonId.derivedFrom("demo:" + DemoAccounts.HANDLER_UNIT + ":handler:1"));
		}
		accounts.put("leader", pools.get(DutyPost.CITY_LEADER).get(0));
		accounts.put("dutyps", pools.get(DutyPost.PUBLIC_SECURITY_CHIEF).get(0));
		accounts.put("dutyem", pools.get(DutyPost.EMERGENCY_CHIEF).get(0));
		accounts.put("prosecutor", PersonId.derivedFrom("demo:330383-PROCURATORATE:prosecutor:1"));
		accounts.put("citizen", citizen);
	}

	private SplittableRandom random(String key) {
		return new SplittableRandom(seed * 31 + key.hashCode());
	}
}
