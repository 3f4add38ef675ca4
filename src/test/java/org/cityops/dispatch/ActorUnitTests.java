package org.cityops.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.junit.jupiter.api.Test;

class ActorUnitTests {

	private static final CaseId CASE = new CaseId("C202603020000001");

	@Test
	void theProvenReporterOfACaseIsThatCasesReporterOnly() {
		Actor reporter = Actor.reporterOf(CASE);

		assertThat(reporter.isReporterOf(CASE)).isTrue();
		assertThat(reporter.isReporterOf(new CaseId("C202603020000002"))).isFalse();
		assertThat(reporter.isSystem()).isFalse();
		assertThat(reporter.displayRole()).isEqualTo("CITIZEN");
	}

	@Test
	void aDirectoryPersonWithALookalikeLoginIsNoProvenReporter() {
		Actor lookalike = new Actor("reporter:" + CASE.value(), new PersonId(UUID.randomUUID()), null,
				Set.of(Role.CITIZEN));

		assertThat(lookalike.isReporterOf(CASE)).isFalse();
	}
}
