package org.cityops.shared.scheduling;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

import org.springframework.context.SmartLifecycle;

import com.github.kagkarlsson.scheduler.Scheduler;

/**
 * Starts and stops a db-scheduler {@link Scheduler} with the application context, when polling is
 * switched on (tests switch it off and run due tasks themselves). Each module that keeps durable
 * tasks builds its own scheduler, with its own table and threads, and hands it here.
 */
public class PollingScheduler implements SmartLifecycle {

	private final boolean polling;
	private final Supplier<Scheduler> factory;
	private final Runnable started;
	private volatile Scheduler scheduler;

	/**
	 * @param polling whether this node polls for due tasks at all
	 * @param factory builds the scheduler when the context starts
	 * @param started what to do once it runs (e.g. log its settings)
	 */
	public PollingScheduler(boolean polling, Supplier<Scheduler> factory, Runnable started) {
		this.polling = polling;
		this.factory = factory;
		this.started = started;
	}

	/** This node's name in db-scheduler's {@code picked_by} column: host and process. */
	public static String nodeName() {
		String process = ManagementFactory.getRuntimeMXBean().getName();
		try {
			return InetAddress.getLocalHost().getHostName() + "/" + process;
		}
		catch (UnknownHostException e) {
			return process;
		}
	}

	@Override
	public void start() {
		if (polling && scheduler == null) {
			Scheduler created = factory.get();
			created.start();
			scheduler = created;
			started.run();
		}
	}

	@Override
	public void stop() {
		Scheduler polled = scheduler;
		if (polled != null) {
			polled.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}
}
