package org.cityops.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a transaction remembers and for how long. Transaction synchronisation is driven by hand here,
 * as a transaction manager drives it around every transaction.
 */
class TransactionMemoUnitTests {

	private final TransactionMemo<String, Optional<String>> memo = new TransactionMemo<>();
	private final List<String> loads = new ArrayList<>();
	private final Function<String, Optional<String>> load = key -> {
		loads.add(key);
		return key.startsWith("missing") ? Optional.empty() : Optional.of(key.toUpperCase());
	};

	@AfterEach
	void endSynchronisation() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			complete();
		}
	}

	@Test
	void loadsEveryTimeOutsideATransaction() {
		memo.get("a", load);
		memo.get("a", load);

		assertThat(loads).containsExactly("a", "a");
	}

	@Test
	void loadsEachKeyOncePerTransactionEmptyResultsIncluded() {
		begin();

		assertThat(memo.get("a", load)).contains("A");
		assertThat(memo.get("a", load)).contains("A");
		assertThat(memo.get("missing", load)).isEmpty();
		assertThat(memo.get("missing", load)).isEmpty();
		assertThat(memo.get("b", load)).contains("B");

		assertThat(loads).containsExactly("a", "missing", "b");
	}

	@Test
	void forgetsWhenTheTransactionEnds() {
		begin();
		memo.get("a", load);
		complete();

		begin();
		memo.get("a", load);

		assertThat(loads).containsExactly("a", "a");
		assertThat(TransactionSynchronizationManager.getResourceMap()).hasSize(1);
		complete();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void loadsAgainAfterTheTransactionWroteWhatItRemembers() {
		begin();
		memo.get("a", load);
		memo.forget();
		memo.get("a", load);

		assertThat(loads).containsExactly("a", "a");
	}

	@Test
	void forgettingOutsideATransactionDoesNothing() {
		memo.forget();

		assertThat(memo.get("a", load)).contains("A");
	}

	@Test
	void readsBackWhatTheTransactionWroteWithoutLoading() {
		begin();
		memo.remember("written", Optional.of("as written"));

		assertThat(memo.get("written", load)).contains("as written");
		assertThat(memo.peek("written")).contains(Optional.of("as written"));
		assertThat(memo.peek("other")).isEmpty();
		assertThat(loads).isEmpty();
		complete();

		begin();
		assertThat(memo.peek("written")).isEmpty();
		assertThat(memo.get("written", load)).contains("WRITTEN");
		assertThat(loads).containsExactly("written");
	}

	@Test
	void remembersNothingOutsideATransaction() {
		memo.remember("written", Optional.of("as written"));

		assertThat(memo.peek("written")).isEmpty();
		assertThat(memo.get("written", load)).contains("WRITTEN");
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	private static void begin() {
		TransactionSynchronizationManager.initSynchronization();
	}

	private static void complete() {
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clearSynchronization();
		synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
	}
}
