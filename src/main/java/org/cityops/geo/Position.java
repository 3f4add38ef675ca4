package org.cityops.geo;

/**
 * A WGS84 position (the GPS datum), in decimal degrees.
 */
public record Position(double lat, double lng) {
}
