package org.cityops.shared.database;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * <p>Whoever writes what a memo holds must {@link #forget()} it in the same transaction, or
 * {@link #remember} what it wrote: within its own transaction a row it inserted or updated (and so
 * holds locked, or alone can see) is what it wrote.
 *
 * @param <K> the key of a lookup
 * @param <V> its result (empty results are remembered too)
 */
public final class TransactionMemo<K, V> {

	/**
	 * The remembered value of the key in this transaction, loading it on the first call.
	 */
	public V get(K key, Function<? super K, ? extends V> load) {
		Map<K, V> held = held(true);
		if (held == null) {
			return load.apply(key);
		}
		if (held.containsKey(key)) {
			return held.get(key);
		}
		V value = load.apply(key);
		held.put(key, value);
		return value;
	}

	/**
	 * Remembers what this transaction itself wrote under the key, so that reading it back costs no
	 * round trip (read your own writes). Outside transaction synchronisation it does nothing.
	 */
	public void remember(K key, V value) {
		Map<K, V> held = held(true);
		if (held != null) {
			held.put(key, value);
		}
	}

	/** What this transaction remembers under the key, without loading anything. */
	public Optional<V> peek(K key) {
		Map<K, V> held = held(false);
		return held == null ? Optional.empty() : Optional.ofNullable(held.get(key));
	}

	@SuppressWarnings("unchecked")
	private Map<K, V> held(boolean create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<K, V> held = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
		if (held == null && create) {
			held = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, held);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
				}
			});
		}
		return held;
	}

	/** Drops everything this transaction remembered: it has written what the memo holds. */
	public void forget() {
		Object held = TransactionSynchronizationManager.getResource(this);
		if (held instanceof Map<?, ?> map) {
			map.clear();
		}
	}
}
