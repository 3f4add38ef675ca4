package org.cityops.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityops.directory.Unit;
import org.cityops.geo.BoundarySource;
import org.cityops.geo.Division;
import org.cityops.geo.DivisionLevel;
import org.junit.jupiter.api.Test;

class ReferenceUnitsUnitTests {

	@Test
	void namesCommunityCommitteesAfterTheirCommunity() {
		assertThat(ReferenceUnits.committeeName("金钗河社区")).isEqualTo("金钗河社区居委会");
		assertThat(ReferenceUnits.committeeName("下埠村")).isEqualTo("下埠村村委会");
		assertThat(ReferenceUnits.committeeName("新城建设中心管理区")).isEqualTo("新城建设中心管理区");
	}

	@Test
	void givesStreetsAnOfficeAndTownsAGovernment() {
		assertThat(ReferenceUnits.townshipOffice(township("330302006", "五马街道", false), "330302-GOVERNMENT"))
				.map(Unit::name).hasValue("五马街道办事处");
		assertThat(ReferenceUnits.townshipOffice(township("330324101", "瓯北镇", false), "330324-GOVERNMENT"))
				.map(Unit::code).hasValue("330324101-TOWNSHIP_OFFICE");
	}

	@Test
	void givesNoOfficeToPlaceholdersFarmsOrZones() {
		assertThat(ReferenceUnits.townshipOffice(township("330383198", "龙港县直辖村级区划", true), "x")).isEmpty();
		assertThat(ReferenceUnits.townshipOffice(township("330324400", "四海山林场", false), "x")).isEmpty();
	}

	private static Division township(String code, String name, boolean placeholder) {
		return new Division(code, name, DivisionLevel.TOWNSHIP, code.substring(0, 6), placeholder, BoundarySource.NONE);
	}
}
