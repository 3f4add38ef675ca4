package org.cityops.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.DutyTeam;
import org.cityops.directory.GridStaff;
import org.cityops.directory.StaffOnly;
import org.cityops.directory.Unit;
import org.cityops.directory.UnitKind;
import org.cityops.geo.GeoManagement;
import org.cityops.shared.security.OutOfScopeException;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the directory: grid teams, units and the centre's duty roster.
 */
@RestController
@RequestMapping("/api/directory")
class DirectoryController {

	private static final Pattern GRID_CODE = Pattern.compile("\\d{12}-G\\d{1,3}(-M\\d{1,3})?");
	private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
	private static final Pattern UNIT_CODE = Pattern.compile("[0-9A-Z_-]{1,64}");
	private static final LocalDate FIRST_ROSTER_DATE = LocalDate.of(2000, 1, 1);
	private static final LocalDate LAST_ROSTER_DATE = LocalDate.of(2099, 12, 31);

	private final DirectoryManagement directory;
	private final GeoManagement geo;
	private final Clock clock;

	DirectoryController(DirectoryManagement directory, GeoManagement geo, Clock clock) {
		this.directory = directory;
		this.geo = geo;
		this.clock = clock;
	}

	/** Who covers a grid or micro-grid: its "1+3+N" team (staff whose area includes the grid). */
	@GetMapping("/grids/{gridCode}/staff")
	@StaffOnly
	GridStaffView gridStaff(@PathVariable String gridCode, Authentication user) {
		if (!GRID_CODE.matcher(gridCode).matches()) {
			throw new InvalidInputException("gridCode",
					"is not a grid or micro-grid code such as 330383198001-G01 or 330383198001-G01-M01");
		}
		GridStaff staff = directory.gridStaff(gridCode)
				.orElseThrow(() -> new NotFoundException("gridCode", "there is no grid " + gridCode));
		if (!directory.maySee(user.getName(), staff.gridCode())) {
			throw new OutOfScopeException("gridCode", "grid " + staff.gridCode() + " lies outside your area");
		}
		return GridStaffView.of(staff, gridCode);
	}

	/** Units of a kind in a division (default: all of Wenzhou), including those of divisions inside it. */
	@GetMapping("/units")
	@StaffOnly
	List<Unit> units(@RequestParam(required = false) String division, @RequestParam(required = false) UnitKind kind) {
		String area = division == null ? "330300" : division;
		if (!DIVISION_CODE.matcher(area).matches()) {
			throw new InvalidInputException("division", "is not a division code of 6, 9 or 12 digits");
		}
		if (geo.division(area).isEmpty()) {
			throw new NotFoundException("division", "there is no division " + area);
		}
		return directory.units(area, kind);
	}

	@GetMapping("/units/{code}")
	@StaffOnly
	Unit unit(@PathVariable String code) {
		if (!UNIT_CODE.matcher(code).matches()) {
			throw new InvalidInputException("code", "is not a unit code such as 330383-ENFORCEMENT");
		}
		return directory.unit(code).orElseThrow(() -> new NotFoundException("code", "there is no unit " + code));
	}

	/** The centre's duty team for a duty day (default: the team on duty now). */
	@GetMapping("/roster")
	@StaffOnly
	DutyTeamView roster(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		if (date != null && (date.isBefore(FIRST_ROSTER_DATE) || date.isAfter(LAST_ROSTER_DATE))) {
			throw new InvalidInputException("date", "must lie between " + FIRST_ROSTER_DATE + " and " + LAST_ROSTER_DATE);
		}
		DutyTeam team = (date == null ? directory.dutyTeam(clock.instant()) : directory.dutyTeam(date))
				.orElseThrow(() -> new NotFoundException("date", "no duty roster is set up"));
		return DutyTeamView.of(team);
	}
}
