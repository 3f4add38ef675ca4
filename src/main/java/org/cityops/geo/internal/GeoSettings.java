package org.cityops.geo.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param gridSeed the seed of Longgang's generated grids; the default is the gazette's publication
 * date. Changing it after the first start has no effect: grids are generated once.
 */
@ConfigurationProperties("cityops.geo")
record GeoSettings(@DefaultValue("20221120") long gridSeed) {
}
