package org.cityops.dispatch.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.cityops.dispatch.CaseTrends;
import org.cityops.geo.GeoManagement;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.triage.Categories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the case pool by week or month in SQL, filling periods without cases with zeros.
 */
@Service
class CaseCounts implements CaseTrends {

	private static final long MAX_DAYS = 5 * 366;

	private final JdbcClient jdbc;
	private final Categories categories;
	private final GeoManagement geo;

	CaseCounts(JdbcClient jdbc, Categories categories, GeoManagement geo) {
		this.jdbc = jdbc;
		this.categories = categories;
		this.geo = geo;
	}

	@Override
	@Transactional(readOnly = true)
	public Trend trend(Query query) {
		check(query);
		String unit = query.period() == Period.WEEK ? "week" : "month";
		String step = query.period() == Period.WEEK ? "1 week" : "1 month";
		List<Bucket> buckets = jdbc.sql("""
				with periods as (
				    select generate_series(date_trunc(:unit, cast(:from as date)), cast(:to as date),
				                           cast(:step as interval))::date as start
				), matching as (
				    select date_trunc(:unit, reported_at at time zone 'Asia/Shanghai')::date as start,
				           closed_at, satisfaction
				    from dispatch.cases
				    where (reported_at at time zone 'Asia/Shanghai')::date between :from and :to
				      and state <> 'VOIDED'
				      and (cast(:category as text) is null or category_code like :category || '%')
				      and (cast(:channel as text) is null or channel = :channel)
				      and (cast(:area as text) is null or micro_grid_code like :area || '%'
				           or county_code = :area or township_code = :area or community_code = :area)
				)
				select p.start, count(m.start) as cases, count(m.closed_at) as closed,
				       avg(m.satisfaction)::float8 as satisfaction
				from periods p left join matching m on m.start = p.start
				group by p.start order by p.start""")
				.param("unit", unit).param("step", step)
				.param("from", Date.valueOf(query.from())).param("to", Date.valueOf(query.to()))
				.param("category", blankToNull(query.category()))
				.param("channel", query.channel() == null ? null : query.channel().name())
				.param("area", blankToNull(query.area()))
				.query((row, n) -> new Bucket(row.getDate("start").toLocalDate(), row.getLong("cases"),
						row.getLong("closed"), (Double) row.getObject("satisfaction")))
				.list();
		long total = buckets.stream().mapToLong(Bucket::cases).sum();
		Double change = buckets.isEmpty() || buckets.get(0).cases() == 0 ? null
				: (buckets.get(buckets.size() - 1).cases() - buckets.get(0).cases()) / (double) buckets.get(0).cases();
		return new Trend(query, buckets, total, change);
	}

	private void check(Query query) {
		List<FieldProblem> problems = new ArrayList<>();
		if (query.period() == null) {
			problems.add(new FieldProblem("period", "is required: WEEK or MONTH"));
		}
		if (query.from() == null) {
			problems.add(new FieldProblem("from", "is required (yyyy-MM-dd)"));
		}
		if (query.to() == null) {
			problems.add(new FieldProblem("to", "is required (yyyy-MM-dd)"));
		}
		if (query.from() != null && query.to() != null) {
			if (query.to().isBefore(query.from())) {
				problems.add(new FieldProblem("to", "must not be before from"));
			}
			else if (ChronoUnit.DAYS.between(query.from(), query.to()) > MAX_DAYS) {
				problems.add(new FieldProblem("to", "the range may span at most five years"));
			}
		}
		String category = blankToNull(query.category());
		if (category != null && (category.length() == 2 ? categories.ofMajor(category).isEmpty()
				: categories.byCode(category).isEmpty())) {
			problems.add(new FieldProblem("category", "no major (2-digit) or minor (4-digit) class " + category));
		}
		String area = blankToNull(query.area());
		if (area != null && geo.division(area).isEmpty() && geo.grid(area).isEmpty()) {
			problems.add(new FieldProblem("area", "no division, grid or micro-grid " + area));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
