package org.cityops.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityops.directory.Unit;
import org.cityops.directory.UnitKind;
import org.cityops.directory.UnitSource;
import org.cityops.shared.database.TransactionMemo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units table.
 */
@Repository
public class Units {

	private static final RowMapper<Unit> UNIT = (rs, row) -> new Unit(rs.getString("code"), rs.getString("name"),
			UnitKind.valueOf(rs.getString("kind")), rs.getString("division_code"), rs.getString("parent_code"),
			UnitSource.valueOf(rs.getString("source")));

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final TransactionMemo<String, Optional<Unit>> byCode = new TransactionMemo<>();

	Units(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A unit by code; read once per transaction (an escalation names the same units several times). */
	public Optional<Unit> find(String code) {
		return byCode.get(code, key -> jdbc.sql("select * from directory.unit where code = ?").param(key).query(UNIT)
				.optional());
	}

	/** Units whose division code starts with the prefix, optionally of one kind, ordered by code. */
	public List<Unit> withDivisionPrefix(String prefix, UnitKind kind) {
		String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return jdbc.sql("""
				select * from directory.unit
				where division_code like :prefix and (cast(:kind as text) is null or kind = :kind)
				order by code""")
				.param("prefix", escaped + "%")
				.param("kind", kind == null ? null : kind.name())
				.query(UNIT).list();
	}

	public int count() {
		return jdbc.sql("select count(*) from directory.unit").query(Integer.class).single();
	}

	/** Inserts new units and updates changed ones in one batch. */
	public void saveAll(Collection<Unit> units) {
		byCode.forget();
		template.batchUpdate("""
				insert into directory.unit (code, name, kind, division_code, parent_code, source)
				values (?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, kind = excluded.kind,
				  division_code = excluded.division_code, parent_code = excluded.parent_code, source = excluded.source
				""", units.stream()
				.map(u -> new Object[] { u.code(), u.name(), u.kind().name(), u.divisionCode(), u.parentCode(),
						u.source().name() })
				.toList());
	}

	/** Records other spellings of unit names (alias → unit code). */
	public void saveAliases(Map<String, String> unitCodeByAlias) {
		template.batchUpdate("""
				insert into directory.unit_alias (alias, unit_code) values (?, ?)
				on conflict (alias) do update set unit_code = excluded.unit_code
				""", unitCodeByAlias.entrySet().stream().map(e -> new Object[] { e.getKey(), e.getValue() }).toList());
	}

	/** The unit with this exact name or alias. */
	public Optional<Unit> named(String name) {
		return jdbc.sql("""
				select u.* from directory.unit u where u.name = :name
				union
				select u.* from directory.unit u join directory.unit_alias a on a.unit_code = u.code where a.alias = :name
				limit 1""").param("name", name).query(UNIT).optional();
	}
}
