/**
 * Who is who: units, people, their roles and the areas they cover, duty rosters, accounts and
 * access control.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = { "geo", "shared" })
package org.cityops.directory;
