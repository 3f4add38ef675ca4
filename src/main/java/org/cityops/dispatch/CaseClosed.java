package org.cityops.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * The handling loop of a case closed; everyone who reported it (including through linked
 * duplicates) is to be told.
 *
 * @param caseId the case
 * @param reporters the reporters of the case and of its duplicates
 * @param at when
 */
public record CaseClosed(CaseId caseId, List<Reporter> reporters, Instant at) {
}
