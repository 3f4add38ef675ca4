package org.cityops.dispatch.internal;

import java.util.Set;

import org.cityops.triage.Category;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which categories skip the grid ({@code cityops.dispatch.routing.*}): those of the listed unit
 * kinds, plus the listed categories, minus the categories kept in the grid. What the grid team
 * cannot do at all (put out a fire, enforce wage law, inspect a kitchen) goes to the department.
 *
 * @param departmentKinds unit kinds whose categories go straight to the department
 * @param departmentCategories further categories that go straight to the department
 * @param gridCategories categories kept in the grid even though their unit kind is listed
 */
@ConfigurationProperties("cityops.dispatch.routing")
record RoutingRules(
		@DefaultValue({ "FIRE", "EMERGENCY", "HUMAN_RESOURCES", "MARKET", "HEALTH", "EDUCATION", "PETITIONS" }) Set<String> departmentKinds,
		@DefaultValue({}) Set<String> departmentCategories,
		@DefaultValue({}) Set<String> gridCategories) {

	boolean directToDepartment(Category category) {
		if (gridCategories.contains(category.code()) || "GRID".equals(category.unitKind())) {
			return false;
		}
		return departmentCategories.contains(category.code()) || departmentKinds.contains(category.unitKind());
	}
}
