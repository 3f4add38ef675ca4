/**
 * The web console's shell: the common page layout (header, role-aware menu, user menu, language
 * switch), the home page with the division tree and the grid map, the error page and the console's
 * i18n; the case pages (pool with map, case, grid worker's tasks, department queue, escalation desk)
 * over dispatch's API, with uploaded photos in {@code console.attachment}. Pages of other modules
 * render inside the layout; nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console",
		allowedDependencies = { "geo", "directory", "shared", "dispatch", "sla", "triage" })
package org.cityops.console;
