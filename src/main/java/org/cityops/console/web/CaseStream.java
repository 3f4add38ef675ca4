package org.cityops.console.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.cityops.directory.StaffOnly;
import org.cityops.dispatch.CaseMoved;
import org.cityops.dispatch.CaseOpened;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates of the case pool: every open console page with the pool listens here (server-sent
 * events) and is told, as event {@code case} with the case's id and state, when a case opens or
 * moves; the page then reloads its list and map markers (which apply the user's own filters and area).
 * The event carries no personal data.
 */
@Controller
class CaseStream {

	private static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
	/** One thread, so that pages hear of a case's moves in the order they were committed. */
	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "case-stream");
		thread.setDaemon(true);
		return thread;
	});

	@GetMapping(path = "/console/cases/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	@StaffOnly
	SseEmitter stream() {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		listeners.add(emitter);
		emitter.onCompletion(() -> listeners.remove(emitter));
		emitter.onTimeout(() -> listeners.remove(emitter));
		emitter.onError(error -> listeners.remove(emitter));
		send(emitter, SseEmitter.event().comment("connected"));
		return emitter;
	}

	/*
	 * Not an @ApplicationModuleListener: a page that misses a live update loses nothing (it reloads on
	 * the next one, and its emitter does not outlive the node), so these events need no record in the
	 * publication registry, which cost an intake three inserts and six updates.
	 */
	@EventListener
	void on(CaseOpened opened) {
		afterCommit(opened.caseId().value(), "REPORTED");
	}

	@EventListener
	void on(CaseMoved moved) {
		afterCommit(moved.caseId().value(), moved.to().name());
	}

	/** Tells the pages once the change is committed (never for a rolled-back one), off the caller's thread. */
	private void afterCommit(String caseId, String state) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			tell(caseId, state);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				tell(caseId, state);
			}
		});
	}

	private void tell(String caseId, String state) {
		try {
			executor.execute(() -> broadcast(caseId, state));
		}
		catch (RejectedExecutionException shuttingDown) {
			// the streams have ended; the pages reconnect to a node that runs and reload
		}
	}

	/**
	 * Ends every stream when the platform shuts down, so that a graceful shutdown does not wait for
	 * open pages; their browsers reconnect (EventSource does so by itself) to whichever node answers.
	 */
	@EventListener(ContextClosedEvent.class)
	void closeStreams() {
		executor.shutdown();
		listeners.forEach(SseEmitter::complete);
		listeners.clear();
	}

	int listeners() {
		return listeners.size();
	}

	private void broadcast(String caseId, String state) {
		for (SseEmitter emitter : listeners) {
			send(emitter, SseEmitter.event().name("case").data(Map.of("id", caseId, "state", state),
					MediaType.APPLICATION_JSON));
		}
	}

	private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
		try {
			emitter.send(event);
		}
		catch (IOException | IllegalStateException gone) {
			listeners.remove(emitter);
		}
	}
}
