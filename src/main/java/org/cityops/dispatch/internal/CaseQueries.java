package org.cityops.dispatch.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cityops.dispatch.CaseFilter;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseSearch;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.CaseSummary;
import org.cityops.dispatch.Channel;
import org.cityops.sla.SlaManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The read model of the pool, straight from the cases table.
 */
@Service
class CaseQueries implements CaseSearch {

	private static final String AREA_MATCH = "(micro_grid_code = %1$s or grid_code = %1$s or community_code = %1$s "
			+ "or township_code = %1$s or county_code = %1$s or %1$s = '330300')";

	private final JdbcClient jdbc;
	private final CaseRows rows;
	private final SlaManagement sla;
	private final Clock clock;

	CaseQueries(JdbcClient jdbc, CaseRows rows, SlaManagement sla, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.sla = sla;
		this.clock = clock;
	}

	@Override
	public Page search(CaseFilter filter, int page, int size) {
		List<String> where = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (filter.states() != null && !filter.states().isEmpty()) {
			where.add("state in (" + filter.states().stream().map(s -> "?").collect(Collectors.joining(", ")) + ")");
			filter.states().forEach(state -> params.add(state.name()));
		}
		if (filter.categoryCode() != null) {
			where.add("category_code like ?");
			params.add(filter.categoryCode() + "%");
		}
		if (filter.area() != null) {
			where.add(String.format(AREA_MATCH, "?"));
			for (int i = 0; i < 6; i++) {
				params.add(filter.area());
			}
		}
		if (filter.channel() != null) {
			where.add("channel = ?");
			params.add(filter.channel().name());
		}
		if (filter.tag() != null) {
			where.add("exists (select 1 from unnest(tags) t where t = ? or t like ?)");
			params.add(filter.tag());
			params.add(filter.tag() + ":%");
		}
		if (filter.text() != null && !filter.text().isBlank()) {
			where.add("(description ilike ? or address ilike ? or id = ? or receipt = upper(?))");
			String like = "%" + filter.text().trim().replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
			params.add(filter.text().trim());
			params.add(filter.text().trim());
		}
		if (filter.assigneeUnit() != null) {
			where.add("assignee_unit = ?");
			params.add(filter.assigneeUnit());
		}
		if (filter.openOnly()) {
			where.add("closed_at is null");
		}
		if (filter.overdueOnly()) {
			where.add("id = any(?)");
			params.add(sla.overdueCases(clock.instant()).toArray(String[]::new));
		}
		if (filter.visibleAreas() != null) {
			List<String> areas = new ArrayList<>(new LinkedHashSet<>(filter.visibleAreas()));
			if (areas.isEmpty()) {
				where.add("false");
			}
			else {
				where.add("(" + areas.stream().map(a -> String.format(AREA_MATCH, "?")).collect(Collectors.joining(" or "))
						+ ")");
				areas.forEach(area -> {
					for (int i = 0; i < 6; i++) {
						params.add(area);
					}
				});
			}
		}
		String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*) from dispatch.cases" + condition).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add((long) page * size);
		List<CaseSummary> cases = jdbc.sql("select * from dispatch.cases" + condition
				+ " order by " + order(filter.sort()) + " limit ? offset ?").params(paged).query(CaseQueries::summary).list();
		return new Page(cases, total, page, size);
	}

	private static String order(CaseFilter.Sort sort) {
		return switch (sort == null ? CaseFilter.Sort.NEWEST : sort) {
			case NEWEST -> "received_at desc, id desc";
			case OLDEST -> "received_at asc, id desc";
			case URGENT -> "urgent desc, received_at desc, id desc";
			case STATE -> "array_position(array[" + Arrays.stream(CaseState.values()).map(s -> "'" + s.name() + "'")
					.collect(Collectors.joining(", ")) + "]::text[], state), received_at desc, id desc";
		};
	}

	@Override
	public Optional<CaseSummary> summary(CaseId id) {
		return rows.summary(id.value());
	}

	@Override
	public List<CaseSummary> openCasesOf(String unitCode) {
		return jdbc.sql("select * from dispatch.cases where assignee_unit = ? and closed_at is null "
				+ "order by received_at desc, id desc").param(unitCode).query(CaseQueries::summary).list();
	}

	@Override
	public List<CaseSummary> earlierReports(String categoryCode, String reporterPhone, Double lat, Double lng,
			double radiusMetres, Instant since) {
		boolean byPhone = reporterPhone != null && !reporterPhone.isBlank();
		boolean byPlace = lat != null && lng != null;
		if (categoryCode == null || !byPhone && !byPlace) {
			return List.of();
		}
		double dLat = Distances.latitudeDegrees(radiusMetres);
		double dLng = byPlace ? dLat / Math.cos(Math.toRadians(lat)) : 0;
		// One branch per way of matching, each on its own index (phone; category and place), whatever
		// plan the prepared statement settles on. A missing phone or place is null and matches nothing.
		List<Candidate> candidates = jdbc.sql("""
				select * from dispatch.cases
				where id in (select id from dispatch.cases
				             where reporter_phone = :phone and received_at >= :since and category_code = :category
				             union
				             select id from dispatch.cases
				             where category_code = :category and lat between :south and :north
				               and lng between :west and :east and received_at >= :since)
				  and state <> 'VOIDED'
				order by received_at desc, id desc limit 100""")
				.param("category", categoryCode)
				.param("since", Timestamp.from(since))
				.param("phone", byPhone ? reporterPhone.strip() : null, Types.VARCHAR)
				.param("south", byPlace ? lat - dLat : null, Types.DOUBLE)
				.param("north", byPlace ? lat + dLat : null, Types.DOUBLE)
				.param("west", byPlace ? lng - dLng : null, Types.DOUBLE)
				.param("east", byPlace ? lng + dLng : null, Types.DOUBLE)
				.query((row, n) -> new Candidate(summary(row, n),
						byPhone && reporterPhone.strip().equals(row.getString("reporter_phone"))))
				.list();
		return candidates.stream()
				.filter(candidate -> candidate.samePhone() || byPlace && candidate.summary().lat() != null
						&& Distances.metres(lat, lng, candidate.summary().lat(), candidate.summary().lng()) <= radiusMetres)
				.map(Candidate::summary).limit(20).toList();
	}

	private record Candidate(CaseSummary summary, boolean samePhone) {
	}

	static CaseSummary summary(ResultSet row, int rowNumber) throws SQLException {
		return new CaseSummary(new CaseId(row.getString("id")), CaseState.valueOf(row.getString("state")),
				Channel.valueOf(row.getString("channel")), row.getString("category_code"),
				shortened(row.getString("description")), row.getString("address"), (Double) row.getObject("lat"),
				(Double) row.getObject("lng"), row.getString("grid_code"), row.getString("county_code"),
				row.getString("assignee_unit"), row.getString("assignee_person"),
				row.getTimestamp("received_at").toInstant(), row.getBoolean("urgent"),
				new LinkedHashSet<>(Timeline.strings(row.getArray("tags"))), Accountability.instant(row, "closed_at"));
	}

	/** The summary of a case as written (and as {@link #summary(ResultSet, int)} reads it back). */
	static CaseSummary summaryOf(Case written) {
		Case.Place place = written.place() == null ? Case.Place.NONE : written.place();
		return new CaseSummary(new CaseId(written.id()), written.state(), written.channel(), written.categoryCode(),
				shortened(written.description()), written.address(), written.lat(), written.lng(), place.gridCode(),
				place.countyCode(), written.assigneeUnit(),
				written.assigneePerson() == null ? null : written.assigneePerson().toString(),
				stored(written.receivedAt()), written.urgent(), new LinkedHashSet<>(written.orderedTags()),
				stored(written.closedAt()));
	}

	private static String shortened(String description) {
		return description.length() > 120 ? description.substring(0, 120) + "…" : description;
	}

	/**
	 * An instant as PostgreSQL keeps it: to the microsecond, as the driver rounds it when it sends it.
	 */
	static Instant stored(Instant instant) {
		return instant == null ? null
				: Instant.ofEpochSecond(instant.getEpochSecond(), Math.round(instant.getNano() / 1000.0) * 1000);
	}
}
