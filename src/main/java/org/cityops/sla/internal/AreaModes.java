package org.cityops.sla.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cityops.shared.database.TransactionMemo;
import org.cityops.sla.AreaModeSwitch;
import org.cityops.sla.SlaMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Area modes now ({@code sla.area_mode}) and every switch made ({@code sla.area_mode_switch}, append-only).
 */
@Repository
class AreaModes {

	private static final String COLUMNS = "area_code, mode, switched_at, switched_by, reason";

	private final JdbcClient jdbc;
	private final TransactionMemo<Boolean, Map<String, SlaMode>> modes = new TransactionMemo<>();

	AreaModes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(AreaModeSwitch change) {
		// the modes this transaction read before the switch no longer hold
		modes.forget();
		Timestamp at = Timestamp.from(change.switchedAt());
		jdbc.sql("insert into sla.area_mode (" + COLUMNS + ") values (?, ?, ?, ?, ?) on conflict (area_code) do update "
				+ "set mode = excluded.mode, switched_at = excluded.switched_at, switched_by = excluded.switched_by, "
				+ "reason = excluded.reason")
				.params(change.area(), change.mode().name(), at, change.switchedBy(), change.reason()).update();
		jdbc.sql("insert into sla.area_mode_switch (" + COLUMNS + ") values (?, ?, ?, ?, ?)")
				.params(change.area(), change.mode().name(), at, change.switchedBy(), change.reason()).update();
	}

	/**
	 * The mode of every switched area, by area code. Read once per transaction: an intake starts up
	 * to three stage clocks and each needs the modes.
	 */
	Map<String, SlaMode> byArea() {
		return modes.get(Boolean.TRUE, all -> read());
	}

	private Map<String, SlaMode> read() {
		return current().stream().collect(Collectors.toMap(AreaModeSwitch::area, AreaModeSwitch::mode));
	}

	List<AreaModeSwitch> current() {
		return jdbc.sql("select " + COLUMNS + " from sla.area_mode order by area_code").query(AreaModes::map).list();
	}

	List<AreaModeSwitch> history() {
		return jdbc.sql("select " + COLUMNS + " from sla.area_mode_switch order by switched_at desc, id desc")
				.query(AreaModes::map).list();
	}

	private static AreaModeSwitch map(ResultSet rs, int row) throws SQLException {
		return new AreaModeSwitch(rs.getString("area_code"), SlaMode.valueOf(rs.getString("mode")),
				rs.getTimestamp("switched_at").toInstant(), rs.getString("switched_by"), rs.getString("reason"));
	}
}
