package org.cityops.dispatch;

import java.time.LocalDate;
import java.util.List;

/**
 * How many cases came in over time, per category and area: the measure of a standard's effect
 * ("12345 noise complaints −80 %").
 */
public interface CaseTrends {

	/**
	 * Counts cases reported in {@code [from, to]} (dates in Asia/Shanghai), per week (starting Monday)
	 * or per calendar month; periods without a case count 0.
	 *
	 * @throws org.cityops.shared.web.InvalidInputException when the query names an unknown category,
	 * area or channel, or the range is empty or longer than five years
	 */
	Trend trend(Query query);

	/**
	 * @param category a major (2-digit) or minor (4-digit) class code, {@code null} for all
	 * @param area a division, grid or micro-grid code, {@code null} for everywhere
	 * @param channel {@code null} for every channel
	 */
	record Query(String category, String area, Channel channel, Period period, LocalDate from, LocalDate to) {
	}

	enum Period {
		WEEK, MONTH
	}

	/**
	 * @param buckets one per period, oldest first
	 * @param change the last period against the first, as a share ({@code -0.8} is −80 %); {@code null}
	 * when the first period had no case
	 */
	record Trend(Query query, List<Bucket> buckets, long total, Double change) {
	}

	/** @param start the first day of the period */
	record Bucket(LocalDate start, long cases, long closed, Double meanSatisfaction) {
	}
}
