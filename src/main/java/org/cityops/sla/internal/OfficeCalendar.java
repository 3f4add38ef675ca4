package org.cityops.sla.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cityops.sla.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working calendar of government offices: Monday to Friday plus make-up working days, minus
 * public holidays, with the configured office hours.
 */
final class OfficeCalendar implements WorkingCalendar {

	private static final Logger log = LoggerFactory.getLogger(OfficeCalendar.class);

	/** No limit runs this long; a longer walk means the calendar has no working day at all. */
	private static final int MAX_DAYS = 3 * 366;

	private final HolidayTable holidays;
	private final List<OfficeHours> officeHours;
	private final ZoneId zone;
	private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();

	OfficeCalendar(HolidayTable holidays, List<OfficeHours> officeHours, ZoneId zone) {
		this.holidays = holidays;
		this.officeHours = List.copyOf(officeHours);
		this.zone = zone;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		if (!holidays.covers(day.getYear()) && yearsWarnedAbout.add(day.getYear())) {
			log.warn("The holiday table (version {}) does not cover {}: only weekends are days off that year",
					holidays.version(), day.getYear());
		}
		if (holidays.isMakeUpWorkingDay(day)) {
			return true;
		}
		DayOfWeek weekday = day.getDayOfWeek();
		return !holidays.isDayOff(day) && weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	@Override
	public Instant addWorkingTime(Instant start, Duration workingTime) {
		if (workingTime.isNegative()) {
			throw new IllegalArgumentException("Working time cannot be negative");
		}
		Duration remaining = workingTime;
		LocalDate day = start.atZone(zone).toLocalDate();
		for (int walked = 0; walked < MAX_DAYS; walked++, day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (OfficeHours hours : officeHours) {
				Instant from = latest(start, at(day, hours.opens()));
				Instant to = at(day, hours.closes());
				if (!from.isBefore(to)) {
					continue;
				}
				Duration available = Duration.between(from, to);
				if (remaining.compareTo(available) <= 0) {
					return from.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
		throw noWorkingDays(start);
	}

	@Override
	public Instant addWorkingDays(Instant start, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("A limit in working days needs at least one day");
		}
		LocalDate day = start.atZone(zone).toLocalDate();
		int counted = 0;
		for (int walked = 0; walked < MAX_DAYS; walked++) {
			day = day.plusDays(1);
			if (isWorkingDay(day) && ++counted == days) {
				return at(day, officeHours.get(officeHours.size() - 1).closes());
			}
		}
		throw noWorkingDays(start);
	}

	@Override
	public Duration workingTimeBetween(Instant start, Instant end) {
		Duration total = Duration.ZERO;
		LocalDate last = end.atZone(zone).toLocalDate();
		for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (OfficeHours hours : officeHours) {
				Instant from = latest(start, at(day, hours.opens()));
				Instant to = earliest(end, at(day, hours.closes()));
				if (from.isBefore(to)) {
					total = total.plus(Duration.between(from, to));
				}
			}
		}
		return total;
	}

	@Override
	public boolean covers(int year) {
		return holidays.covers(year);
	}

	private Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, zone).toInstant();
	}

	private static Instant latest(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earliest(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static IllegalStateException noWorkingDays(Instant start) {
		return new IllegalStateException("No working time within " + MAX_DAYS + " days after " + start);
	}
}
