package org.cityops.shared.database;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers what one transaction has read, for the rest of that transaction only: a case's intake
 * looks up the same person or unit several times (to route it, to describe its assignee, to tell
 * them), and each lookup is a round trip. Nothing outlives the transaction, so another node's
 * change counts from the next transaction on, as without the memo. Outside transaction
 * synchronisation every call loads.
 *
 * <p>Whoever writes what a memo holds must {@link #forget()} it in the same transaction.
 *
 * @param <K> the key of a lookup
 * @param <V> its result (empty results are remembered too)
 */
public final class TransactionMemo<K, V> {

	/**
	 * The remembered value of the key in this transaction, loading it on the first call.
	 */
	@SuppressWarnings("unchecked")
	public V get(K key, Function<? super K, ? extends V> load) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return load.apply(key);
		}
		Map<K, V> held = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
		if (held == null) {
			held = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, held);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
				}
			});
		}
		if (held.containsKey(key)) {
			return held.get(key);
		}
		V value = load.apply(key);
		held.put(key, value);
		return value;
	}

	/** Drops everything this transaction remembered: it has written what the memo holds. */
	public void forget() {
		Object held = TransactionSynchronizationManager.getResource(this);
		if (held instanceof Map<?, ?> map) {
			map.clear();
		}
	}
}
