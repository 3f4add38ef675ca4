package org.cityops.directory.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bearer tokens for the API.
 *
 * @param validity how long a token lives when the request does not say
 * @param maxValidity the longest life a request may ask for
 */
@ConfigurationProperties("cityops.directory.tokens")
record TokenSettings(@DefaultValue("PT12H") Duration validity, @DefaultValue("P30D") Duration maxValidity) {
}
