package org.cityops.directory;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Allows a controller method (or every method of a controller) to staff only: every {@link Role}
 * except {@link Role#CITIZEN}. Area checks ({@link DirectoryManagement#maySee}) come on top.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('GRID_WORKER', 'GRID_LEADER', 'DEPARTMENT_HANDLER', 'DISPATCHER', 'DUTY_CHIEF', "
		+ "'CITY_LEADER', 'SUPERVISOR', 'PROSECUTOR', 'ADMINISTRATOR')")
public @interface StaffOnly {
}
