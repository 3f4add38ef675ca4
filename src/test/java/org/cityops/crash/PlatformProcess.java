package org.cityops.crash;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

/**
 * The platform run as a user runs it — its own JVM, the demo profile, the embedded PostgreSQL in a
 * data directory — so that a test can kill it like a power cut does.
 */
final class PlatformProcess {

	private static final Pattern JDBC_URL = Pattern.compile("Embedded PostgreSQL (jdbc:postgresql://\\S+)");

	private final Path dataDirectory;
	private final int port;
	private final Process process;
	private volatile String jdbcUrl;

	private PlatformProcess(Path dataDirectory, int port, Process process) {
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.process = process;
	}

	static PlatformProcess start(Path workingDirectory) throws IOException {
		int port = freePort();
		Path log = workingDirectory.resolve("platform-" + port + ".log");
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
				"-cp", applicationClasspath(), "org.cityops.CityOpsApplication",
				"--spring.profiles.active=demo", "--cityops.demo.cases=0", "--server.port=" + port,
				"--cityops.embedded-db.data-directory=" + workingDirectory.resolve("pg")));
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		PlatformProcess platform = new PlatformProcess(workingDirectory.resolve("pg"), port, process);
		platform.awaitHealthy(log);
		return platform;
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	String jdbcUrl() {
		return jdbcUrl;
	}

	/** SIGKILL to the JVM and to PostgreSQL, together: what a power cut does to both. */
	void killHard() throws IOException, InterruptedException {
		Optional<ProcessHandle> postmaster = postmaster();
		List<ProcessHandle> postgres = new ArrayList<>();
		postmaster.ifPresent(p -> {
			postgres.add(p);
			postgres.addAll(p.descendants().toList());
		});
		process.destroyForcibly();
		postgres.forEach(ProcessHandle::destroyForcibly);
		process.waitFor(30, TimeUnit.SECONDS);
		for (ProcessHandle handle : postgres) {
			handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
		}
	}

	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private Optional<ProcessHandle> postmaster() throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		return ProcessHandle.of(pid);
	}

	private void awaitHealthy(Path log) {
		HttpClient http = HttpClient.newHttpClient();
		Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("The platform exited; see " + log + ":\n" + tail(log));
			}
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
						.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				return health.statusCode() == 200 && health.body().contains("UP");
			}
			catch (IOException e) {
				return false;
			}
		});
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
			lines.lines().map(JDBC_URL::matcher).filter(Matcher::find).reduce((first, second) -> second)
					.ifPresent(found -> jdbcUrl = found.group(1));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** The application's own classpath: the test classes (and their test-database setup) left out. */
	private static String applicationClasspath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !entry.endsWith("test-classes"))
				.collect(Collectors.joining(File.pathSeparator));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
