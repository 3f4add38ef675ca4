package org.cityops.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class OfficeCalendarUnitTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final OfficeCalendar calendar = new OfficeCalendar(bundledHolidays(),
			OfficeHours.parse(List.of("08:30-12:00", "14:00-17:30")), SHANGHAI);

	static HolidayTable bundledHolidays() {
		InputStream in = OfficeCalendarUnitTests.class.getResourceAsStream("/sla/cn-public-holidays.txt");
		return HolidayTable.read(in);
	}

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
	}

	@Test
	void friday1600BeforeNationalDayRunsIntoTheMakeUpSunday() {
		// 2025: Sat 27 Sep is a weekend, Sun 28 Sep a make-up working day, 1–8 Oct off.
		Instant due = calendar.addWorkingTime(at("2025-09-26T16:00"), Duration.ofHours(4));

		assertThat(due).isEqualTo(at("2025-09-28T11:00"));
	}

	@Test
	void workingHoursSkipTheWholeNationalDayHoliday() {
		Instant due = calendar.addWorkingTime(at("2025-09-30T16:00"), Duration.ofHours(4));

		assertThat(due).isEqualTo(at("2025-10-09T11:00"));
	}

	@Test
	void workingDaysDoNotCountTheStartDayAndEndWhenTheOfficeCloses() {
		// 2024: Sun 29 Sep worked, 1–7 Oct off.
		Instant friday = at("2024-09-27T16:00");

		assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(at("2024-09-29T17:30"));
		assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(at("2024-09-30T17:30"));
		assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo(at("2024-10-08T17:30"));
	}

	@Test
	void workingDaysStartedOnAHolidayCountFromTheNextWorkingDay() {
		assertThat(calendar.addWorkingDays(at("2025-10-03T10:00"), 1)).isEqualTo(at("2025-10-09T17:30"));
	}

	@Test
	void aLimitStartedAtNightStartsCountingWhenTheOfficeOpens() {
		assertThat(calendar.addWorkingTime(at("2025-03-12T20:00"), Duration.ofHours(1)))
				.isEqualTo(at("2025-03-13T09:30"));
		assertThat(calendar.addWorkingTime(at("2025-03-13T06:00"), Duration.ofMinutes(30)))
				.isEqualTo(at("2025-03-13T09:00"));
	}

	@Test
	void theLunchBreakIsNotWorkingTime() {
		assertThat(calendar.addWorkingTime(at("2025-03-12T11:30"), Duration.ofHours(1)))
				.isEqualTo(at("2025-03-12T14:30"));
		assertThat(calendar.addWorkingTime(at("2025-03-12T12:45"), Duration.ofMinutes(15)))
				.isEqualTo(at("2025-03-12T14:15"));
	}

	@Test
	void anOrdinaryWeekendIsSkipped() {
		assertThat(calendar.addWorkingTime(at("2025-03-15T10:00"), Duration.ofMinutes(30)))
				.isEqualTo(at("2025-03-17T09:00"));
		assertThat(calendar.addWorkingTime(at("2025-03-14T17:00"), Duration.ofHours(1)))
				.isEqualTo(at("2025-03-17T09:00"));
	}

	@Test
	void springFestivalMakeUpSaturdayIsWorked() {
		// 2026: Sat 14 Feb worked, 15–23 Feb off, Sat 28 Feb worked.
		assertThat(calendar.addWorkingTime(at("2026-02-13T17:00"), Duration.ofHours(1)))
				.isEqualTo(at("2026-02-14T09:00"));
		assertThat(calendar.addWorkingTime(at("2026-02-14T17:00"), Duration.ofHours(1)))
				.isEqualTo(at("2026-02-24T09:00"));
		assertThat(calendar.addWorkingDays(at("2026-02-13T10:00"), 2)).isEqualTo(at("2026-02-24T17:30"));
	}

	@Test
	void aLimitEndingExactlyAtNoonEndsAtNoon() {
		assertThat(calendar.addWorkingTime(at("2025-03-12T08:30"), Duration.ofMinutes(210)))
				.isEqualTo(at("2025-03-12T12:00"));
	}

	@Test
	void knowsTheDaysOfTheNotices() {
		assertThat(calendar.isWorkingDay(LocalDate.parse("2024-02-09"))).as("除夕 2024 stays a working day").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-28"))).as("除夕 2025 is off").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2022-12-31"))).as("元旦 2023 starts in 2022").isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2023-06-25"))).as("a make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-07"))).isFalse();
	}

	@Test
	void yearsWithoutANoticeHaveOnlyWeekendsOff() {
		assertThat(calendar.covers(2026)).isTrue();
		assertThat(calendar.covers(2027)).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-10-01"))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2027-10-02"))).isFalse();
	}

	@Test
	void workingTimeBetweenIsTheInverseOfAddingIt() {
		Random random = new Random(20261128);
		Instant base = at("2022-01-01T00:00");
		for (int i = 0; i < 500; i++) {
			Instant start = base.plus(Duration.ofMinutes(random.nextInt(5 * 365 * 24 * 60)));
			Duration amount = Duration.ofMinutes(1 + random.nextInt(60 * 40));

			Instant due = calendar.addWorkingTime(start, amount);

			assertThat(calendar.workingTimeBetween(start, due)).as("from %s", start).isEqualTo(amount);
		}
	}

	@Test
	void workingTimeBetweenCountsOnlyOfficeHours() {
		assertThat(calendar.workingTimeBetween(at("2025-09-26T16:00"), at("2025-09-29T09:00")))
				.isEqualTo(Duration.ofMinutes(90 + 420 + 30));
		assertThat(calendar.workingTimeBetween(at("2025-09-29T09:00"), at("2025-09-26T16:00"))).isZero();
	}

	@Test
	void theBundledTableIsConsistent() {
		HolidayTable table = bundledHolidays();

		assertThat(table.notices()).containsOnlyKeys(2022, 2023, 2024, 2025, 2026);
		assertThat(table.version()).isNotBlank();
		LocalDate.parse("2022-01-01").datesUntil(LocalDate.parse("2027-01-01")).forEach(day -> {
			if (table.isMakeUpWorkingDay(day)) {
				assertThat(day.getDayOfWeek()).as("make-up day %s", day).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
				assertThat(table.isDayOff(day)).as("%s both off and worked", day).isFalse();
			}
		});
	}

	@Test
	void refusesAMalformedTableNamingTheLine() {
		InputStream in = new ByteArrayInputStream("# version: x\noff 2025-13-01 2025-13-02 bad\n"
				.getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> HolidayTable.read(in)).hasMessageContaining("line 2");
	}

	@Test
	void refusesOverlappingOfficeHours() {
		assertThatThrownBy(() -> OfficeHours.parse(List.of("08:30-12:00", "11:00-17:30")))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OfficeHours.parse(List.of("8.30 to 12"))).isInstanceOf(IllegalArgumentException.class);
	}
}
