package org.cityops.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The offices' working calendar: weekends and public holidays off, make-up working days (调休) on,
 * and office hours on each working day (by default 08:30–12:00 and 14:00–17:30, Asia/Shanghai).
 */
public interface WorkingCalendar {

	/** Whether offices work on that day (a make-up Saturday is one, a holiday Monday is not). */
	boolean isWorkingDay(LocalDate day);

	/** The instant at which {@code workingTime} of office hours has passed after {@code start}. */
	Instant addWorkingTime(Instant start, Duration workingTime);

	/**
	 * The close of office hours on the {@code days}-th working day after the day of {@code start}
	 * (the start day itself is not counted).
	 */
	Instant addWorkingDays(Instant start, int days);

	/** The office hours between two instants ({@link Duration#ZERO} when {@code end} is not after {@code start}). */
	Duration workingTimeBetween(Instant start, Instant end);

	/** Whether the holiday table knows the public holidays of that year (outside it only weekends are off). */
	boolean covers(int year);
}
