/**
 * Geography: Wenzhou's administrative divisions (city, counties, townships, communities), their
 * boundaries in WGS84, Longgang's grids and micro-grids, and point location.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.cityops.geo;
