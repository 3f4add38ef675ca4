package org.cityops.dispatch;

import java.time.Instant;

/**
 * A case went up to the centre for consultation (提级).
 *
 * @param caseId the case
 * @param reason why
 * @param byPlatform whether the platform escalated it by policy (a breach, repeated returns, a tag)
 * @param at when
 */
public record CaseEscalated(CaseId caseId, String reason, boolean byPlatform, Instant at) {
}
