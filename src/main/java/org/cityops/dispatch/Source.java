package org.cityops.dispatch;

/**
 * The system a case came from and its id there; the same pair never makes two cases.
 *
 * @param system e.g. {@code 12345}, {@code video-ai}, {@code open311}
 * @param externalId the case's id in that system
 */
public record Source(String system, String externalId) {
}
