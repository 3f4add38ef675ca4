/**
 * The channels that feed the case pool: the case API (12345 operators, grid patrols, logged-in
 * citizens, sensors and AI alerts, other systems through the coordination gateway), the public
 * citizen report with its receipt, and Open311 GeoReport v2. Each channel checks what it receives
 * and hands it to the pool.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.cityops.intake;
