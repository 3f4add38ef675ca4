package org.cityops.dispatch.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The case pool.
 */
interface Cases extends ListCrudRepository<Case, String> {

	Optional<Case> findByReceipt(String receipt);

	List<Case> findByDuplicateOf(String originalId);

	@Query("select nextval('dispatch.case_number')")
	long nextNumber();
}
