package org.cityops.sla.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Public holidays and make-up working days read from the versioned holiday file
 * ({@code sla/cn-public-holidays.txt}): which days are off, which weekend days are worked, and which
 * years the file covers.
 */
final class HolidayTable {

	/** The notice a year's dates come from. */
	record Notice(int year, String documentNumber, LocalDate issuedOn, String title) {
	}

	private final String version;
	private final Map<Integer, Notice> notices;
	private final Set<LocalDate> daysOff;
	private final Set<LocalDate> workingWeekendDays;

	private HolidayTable(String version, Map<Integer, Notice> notices, Set<LocalDate> daysOff,
			Set<LocalDate> workingWeekendDays) {
		this.version = version;
		this.notices = Map.copyOf(notices);
		this.daysOff = Set.copyOf(daysOff);
		this.workingWeekendDays = Set.copyOf(workingWeekendDays);
	}

	static HolidayTable read(InputStream in) {
		Parser parser = new Parser();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				parser.accept(++number, line.trim());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not read the holiday table", e);
		}
		return new HolidayTable(parser.version, parser.notices, parser.daysOff, parser.workingWeekendDays);
	}

	String version() {
		return version;
	}

	boolean isDayOff(LocalDate day) {
		return daysOff.contains(day);
	}

	boolean isMakeUpWorkingDay(LocalDate day) {
		return workingWeekendDays.contains(day);
	}

	boolean covers(int year) {
		return notices.containsKey(year);
	}

	Map<Integer, Notice> notices() {
		return new TreeMap<>(notices);
	}

	private static final class Parser {

		private String version = "unversioned";
		private final Map<Integer, Notice> notices = new TreeMap<>();
		private final Set<LocalDate> daysOff = new HashSet<>();
		private final Set<LocalDate> workingWeekendDays = new HashSet<>();

		void accept(int number, String line) {
			if (line.startsWith("# version:")) {
				version = line.substring("# version:".length()).trim();
				return;
			}
			if (line.isEmpty() || line.startsWith("#")) {
				return;
			}
			String[] fields = line.split("\\s+", 5);
			try {
				switch (fields[0]) {
					case "notice" -> notice(fields);
					case "off" -> daysOff(LocalDate.parse(fields[1]), LocalDate.parse(fields[2]));
					case "work" -> workingWeekendDays.add(LocalDate.parse(fields[1]));
					default -> throw new IllegalArgumentException("unknown kind '" + fields[0] + "'");
				}
			}
			catch (DateTimeParseException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
				throw new IllegalStateException("Holiday table line " + number + " is malformed: " + line, e);
			}
		}

		private void notice(String[] fields) {
			int year = Integer.parseInt(fields[1]);
			String document = "-".equals(fields[2]) ? null : fields[2];
			notices.put(year, new Notice(year, document, LocalDate.parse(fields[3]), fields[4]));
		}

		private void daysOff(LocalDate first, LocalDate last) {
			if (last.isBefore(first)) {
				throw new IllegalArgumentException("the span ends before it starts");
			}
			first.datesUntil(last.plusDays(1)).forEach(daysOff::add);
		}
	}
}
