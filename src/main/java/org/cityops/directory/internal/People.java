package org.cityops.directory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cityops.directory.Engagement;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.cityops.shared.database.TransactionMemo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people and their roles.
 */
@Repository
public class People {

	private static final String SELECT = """
			select p.*, array(select r.role from directory.person_role r where r.person_id = p.id order by r.role) as roles
			from directory.person p
			""";

	private static final RowMapper<Person> PERSON = (rs, row) -> new Person(new PersonId(rs.getObject("id", UUID.class)),
			rs.getString("name"), rs.getString("unit_code"), roles(rs), rs.getString("phone"), rs.getString("scope"),
			Engagement.valueOf(rs.getString("engagement")), rs.getBoolean("generated"));

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final TransactionMemo<PersonId, Optional<Person>> byId = new TransactionMemo<>();

	People(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A person by id; read once per transaction (an intake describes and tells the same assignee). */
	public Optional<Person> find(PersonId id) {
		return byId.get(id, key -> jdbc.sql(SELECT + "where p.id = ?").param(key.value()).query(PERSON).optional());
	}

	public Optional<Person> byUsername(String username) {
		return jdbc.sql(SELECT + "join directory.account a on a.person_id = p.id where a.username = ?")
				.param(username).query(PERSON).optional();
	}

	/** People of a unit in listing order; with a role, only those who have it. */
	public List<Person> ofUnit(String unitCode, Role role) {
		return jdbc.sql(SELECT + """
				where p.unit_code = :unit and (cast(:role as text) is null
				  or exists (select 1 from directory.person_role r where r.person_id = p.id and r.role = :role))
				order by p.ordinal, p.name""")
				.param("unit", unitCode)
				.param("role", role == null ? null : role.name())
				.query(PERSON).list();
	}

	public List<Person> all(Collection<PersonId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "where p.id in (:ids)")
				.param("ids", ids.stream().map(PersonId::value).toList())
				.query(PERSON).list();
	}

	public int count() {
		return jdbc.sql("select count(*) from directory.person").query(Integer.class).single();
	}

	/**
	 * Adds people with their listing order in their unit; people already there (same id) are left as
	 * they are.
	 */
	public void addAll(List<Listed> people) {
		byId.forget();
		template.batchUpdate("""
				insert into directory.person (id, name, unit_code, phone, scope, engagement, ordinal, generated)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""",
				people.stream().map(listed -> {
					Person p = listed.person();
					return new Object[] { p.id().value(), p.name(), p.unitCode(), p.phone(), p.scope(),
							p.engagement().name(), listed.ordinal(), p.generated() };
				}).toList());
		List<Object[]> roles = new ArrayList<>();
		people.forEach(listed -> listed.person().roles()
				.forEach(role -> roles.add(new Object[] { listed.person().id().value(), role.name() })));
		template.batchUpdate("""
				insert into directory.person_role (person_id, role) values (?, ?)
				on conflict (person_id, role) do nothing""", roles);
	}

	private static Set<Role> roles(ResultSet rs) throws SQLException {
		Array array = rs.getArray("roles");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object role : (Object[]) array.getArray()) {
			roles.add(Role.valueOf((String) role));
		}
		return roles;
	}

	/** A person and their place in their unit's listing. */
	public record Listed(Person person, int ordinal) {
	}
}
