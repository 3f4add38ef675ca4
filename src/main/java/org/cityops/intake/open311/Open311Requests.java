package org.cityops.intake.open311;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases that came in through Open311, with the token each POST answered. Open311 GET lists
 * only these: the other channels' reports were not given to a public API.
 */
@Repository
class Open311Requests {

	private final JdbcClient jdbc;

	Open311Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Entry(String caseId, String token, String system, String serviceCode, Instant requestedAt) {
	}

	/** Records a case unless it is recorded already; answers the entry as stored. */
	Entry remember(Entry entry) {
		jdbc.sql("""
				insert into intake.open311_requests (case_id, token, system, service_code, requested_at)
				values (?, ?, ?, ?, ?) on conflict (case_id) do nothing""")
				.params(entry.caseId(), entry.token(), entry.system(), entry.serviceCode(),
						entry.requestedAt().atOffset(ZoneOffset.UTC))
				.update();
		return byCase(entry.caseId()).orElseThrow();
	}

	Optional<Entry> byCase(String caseId) {
		return jdbc.sql("select * from intake.open311_requests where case_id = ?").param(caseId)
				.query(Open311Requests::entry).optional();
	}

	Optional<Entry> byToken(String token) {
		return jdbc.sql("select * from intake.open311_requests where token = ?").param(token)
				.query(Open311Requests::entry).optional();
	}

	/** Newest first; {@code null} arguments do not filter. */
	List<Entry> search(List<String> caseIds, List<String> serviceCodes, Instant from, Instant to, int limit) {
		StringBuilder sql = new StringBuilder("select * from intake.open311_requests where true");
		List<Object> params = new ArrayList<>();
		if (caseIds != null) {
			sql.append(" and case_id = any(?)");
			params.add(caseIds.toArray(String[]::new));
		}
		if (serviceCodes != null) {
			sql.append(" and service_code = any(?)");
			params.add(serviceCodes.toArray(String[]::new));
		}
		if (from != null) {
			sql.append(" and requested_at >= ?");
			params.add(from.atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			sql.append(" and requested_at <= ?");
			params.add(to.atOffset(ZoneOffset.UTC));
		}
		sql.append(" order by requested_at desc, case_id desc limit ").append(limit);
		return jdbc.sql(sql.toString()).params(params).query(Open311Requests::entry).list();
	}

	private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Entry(rs.getString("case_id"), rs.getString("token"), rs.getString("system"),
				rs.getString("service_code"), rs.getObject("requested_at", OffsetDateTime.class).toInstant());
	}
}
