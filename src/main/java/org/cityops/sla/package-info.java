/**
 * Time limits: the working calendar, the normal-time and wartime ("1220") limits of each case stage,
 * area modes switched by the centre, and durable stage timers that announce approaching and breached
 * deadlines as domain events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time limits", allowedDependencies = { "shared", "geo" })
package org.cityops.sla;
