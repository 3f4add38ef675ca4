package org.cityops.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cityops.directory.demo.DemoDataLoader;
import org.cityops.directory.internal.ReferenceUnitLoader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DemoPlatformTest
class DemoStaffIntegrationTests {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	ReferenceUnitLoader referenceUnits;
	@Autowired
	DemoDataLoader demoData;

	@Test
	void staffsEveryLonggangGridOnePlusThreePlusN() {
		List<Map<String, Object>> teams = jdbc.sql("""
				select u.code,
				  count(*) filter (where r.role = 'GRID_LEADER') as leaders,
				  count(*) filter (where r.role = 'GRID_WORKER' and p.engagement = 'FULL_TIME') as full_time,
				  count(*) filter (where r.role = 'GRID_WORKER' and p.engagement = 'PART_TIME') as part_time
				from directory.unit u
				join directory.person p on p.unit_code = u.code and p.generated
				join directory.person_role r on r.person_id = p.id
				where u.kind = 'GRID' and u.division_code like '330383%'
				group by u.code""").query().listOfRows();
		assertThat(teams).hasSize(469);
		assertThat(teams).allSatisfy(team -> {
			assertThat(team.get("leaders")).isEqualTo(1L);
			assertThat(team.get("full_time")).isEqualTo(3L);
			assertThat((Long) team.get("part_time")).isBetween(1L, 4L);
		});
	}

	@Test
	void answersAGridsTeamForTheGridAndItsMicroGrids() {
		GridStaff staff = directory.gridStaff("330383198001-G01").orElseThrow();
		assertThat(staff.leader()).isPresent();
		assertThat(staff.fullTimeWorkers()).hasSize(3);
		assertThat(directory.gridStaff("330383198001-G01-M02").orElseThrow().gridCode()).isEqualTo("330383198001-G01");
		assertThat(directory.gridStaff("330383198001-G99")).isEmpty();
	}

	@Test
	void loadsTheReferenceUnitsOfLonggangAndTheCity() {
		assertThat(directory.department("330383", UnitKind.ENFORCEMENT)).map(Unit::name).hasValue("龙港市综合行政执法局");
		assertThat(directory.unit("330383-CENTRE")).map(Unit::name).hasValue("龙港市社会治理中心");
		assertThat(directory.unit("330383198001-COMMUNITY_COMMITTEE")).map(Unit::name).hasValue("金钗河社区居委会");
		assertThat(directory.units("330383", UnitKind.COMMUNITY_COMMITTEE)).hasSize(103);
		assertThat(directory.units("330383", UnitKind.GRID)).hasSize(469);
		assertThat(directory.units("330300", UnitKind.TOWNSHIP_OFFICE)).hasSize(185)
				.noneMatch(unit -> unit.divisionCode().equals("330383198"));
		assertThat(directory.unitNamed("市经信局")).map(Unit::code).hasValue("330300-ECONOMY");
		assertThat(directory.unitNamed("市发改委")).map(Unit::code).hasValue("330300-DEVELOPMENT_REFORM");
	}

	@Test
	void findsTheNearestResponsibleUnitForAnArea() {
		assertThat(directory.responsibleUnit("330383198001-G01-M03", UnitKind.ENFORCEMENT)).map(Unit::code)
				.hasValue("330383-ENFORCEMENT");
		assertThat(directory.responsibleUnit("330302006", UnitKind.ENFORCEMENT)).map(Unit::code)
				.hasValue("330300-ENFORCEMENT");
		assertThat(directory.responsibleUnit("330383198001-G01-M03", UnitKind.GRID)).map(Unit::code)
				.hasValue("330383198001-G01");
	}

	@Test
	void rotatesTheDutyTeamDaily() {
		DutyTeam today = directory.dutyTeam(LocalDate.of(2026, 11, 28)).orElseThrow();
		DutyTeam tomorrow = directory.dutyTeam(LocalDate.of(2026, 11, 29)).orElseThrow();
		assertThat(today.publicSecurityChief().has(Role.DUTY_CHIEF)).isTrue();
		assertThat(today.emergencyChief().unitCode()).isEqualTo("330383-EMERGENCY");
		assertThat(today.cityLeader().has(Role.CITY_LEADER)).isTrue();
		assertThat(tomorrow.publicSecurityChief()).isNotEqualTo(today.publicSecurityChief());
		assertThat(directory.dutyTeam(today.from())).hasValue(today);
	}

	@Test
	void addsNothingWhenTheLoadersRunAgain() {
		Map<String, Object> before = counts();
		assertThat(referenceUnits.load()).isFalse();
		assertThat(demoData.load()).isFalse();
		assertThat(counts()).isEqualTo(before);
	}

	private Map<String, Object> counts() {
		return jdbc.sql("""
				select (select count(*) from directory.unit) as units, (select count(*) from directory.person) as people,
				  (select count(*) from directory.person_role) as roles, (select count(*) from directory.account) as accounts,
				  (select count(*) from directory.duty_rotation) as rotation""").query().singleRow();
	}
}
