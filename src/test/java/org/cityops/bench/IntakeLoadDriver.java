package org.cityops.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts realistic reports (texts and categories from the triage corpus, positions spread over the
 * area of Longgang's micro-grids) to a running platform and reports throughput and latency.
 * <p>
 * {@code closed <seconds> <clients>}: as fast as {@code clients} concurrent clients go (sustained
 * throughput). {@code open <seconds> <rate>}: at a fixed rate per second, latency measured from
 * each request's planned start, so a stalled server cannot hide its queue (no coordinated omission).
 * {@code floor <seconds> <clients>}: the closed loop with reports the platform refuses (an empty
 * description, answered 400 before any case work): what the same HTTP, security and JSON path
 * sustains on this machine with no intake behind it, the ceiling any intake can reach here.
 * <p>
 * Run through {@code bench/intake-benchmark.sh}, or: {@code ./mvnw -q -Pbenchmark test-compile
 * exec:java -Dexec.mainClass=org.cityops.bench.IntakeLoadDriver -Dexec.args="http://localhost:8080 closed 60 16"}
 */
public final class IntakeLoadDriver {

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString("dispatcher:cityops-demo".getBytes(StandardCharsets.UTF_8));

	private final String baseUrl;
	/** One mapper for the whole run: the driver shares the machine's two cores with the platform. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;
	private final List<String[]> corpus;
	private final List<Geometry> microGrids;
	private final GeometryFactory geometries = new GeometryFactory();
	private final AtomicLong sequence = new AtomicLong();
	/** A bearer token: HTTP Basic would make every request pay for a bcrypt check of the password. */
	private final String bearer;
	/** Sends reports the platform refuses (floor mode), expecting 400 instead of 201. */
	private boolean refused;

	private IntakeLoadDriver(String baseUrl) throws Exception {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
				.executor(Executors.newFixedThreadPool(32)).build();
		this.bearer = "Bearer " + token();
		this.corpus = corpus();
		this.microGrids = microGrids();
	}

	private String token() throws Exception {
		HttpResponse<String> issued = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/tokens"))
				.header("Authorization", BASIC).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"validFor\":\"PT8H\"}")).build(),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(issued.body()).get("token").asString();
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 4) {
			System.err.println("usage: IntakeLoadDriver <base-url> closed|floor <seconds> <clients> | open <seconds> <rate>"
					+ " | bodies|refused-bodies <count> <file> [first report number]");
			System.exit(2);
		}
		IntakeLoadDriver driver = new IntakeLoadDriver(args[0]);
		if (args[1].endsWith("bodies")) {
			driver.refused = args[1].startsWith("refused");
			driver.sequence.set(args.length > 4 ? Long.parseLong(args[4]) : 0);
			driver.writeBodies(Integer.parseInt(args[2]), Path.of(args[3]));
			System.exit(0);
		}
		int seconds = Integer.parseInt(args[2]);
		int amount = Integer.parseInt(args[3]);
		driver.refused = "floor".equals(args[1]);
		driver.warmUp();
		Result result = "open".equals(args[1]) ? driver.open(seconds, amount) : driver.closed(seconds, amount);
		System.out.println(result.summary(args[1], amount));
		System.exit(0);
	}

	private void warmUp() throws Exception {
		for (int i = 0; i < 200; i++) {
			send();
		}
	}

	private Result closed(int seconds, int clients) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong failures = new AtomicLong();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			pool.submit(() -> {
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					boolean ok = sendQuietly();
					latencies.add(System.nanoTime() - start);
					if (!ok) {
						failures.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
		return new Result(new ArrayList<>(latencies), failures.get(), seconds);
	}

	private Result open(int seconds, int rate) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicLong failures = new AtomicLong();
		List<CompletableFuture<?>> inFlight = new ArrayList<>();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
		long total = (long) rate * seconds;
		long origin = System.nanoTime();
		List<CompletableFuture<?>> all = java.util.Collections.synchronizedList(inFlight);
		ticker.scheduleAtFixedRate(new Runnable() {
			long issued;

			@Override
			public void run() {
				long now = System.nanoTime();
				while (issued < total && origin + issued * intervalNanos <= now) {
					long planned = origin + issued * intervalNanos;
					issued++;
					all.add(http.sendAsync(request(), HttpResponse.BodyHandlers.ofString()).handle((answer, error) -> {
						latencies.add(System.nanoTime() - planned);
						if (error != null || answer.statusCode() != expected()) {
							failures.incrementAndGet();
						}
						return null;
					}));
				}
			}
		}, 0, Math.max(1, intervalNanos / 2), TimeUnit.NANOSECONDS);
		ticker.awaitTermination(seconds, TimeUnit.SECONDS);
		ticker.shutdownNow();
		CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		return new Result(new ArrayList<>(latencies), failures.get(), seconds);
	}

	private boolean sendQuietly() {
		try {
			return send() == expected();
		}
		catch (Exception e) {
			return false;
		}
	}

	private int expected() {
		return refused ? 400 : 201;
	}

	private int send() throws Exception {
		return http.send(request(), HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	/**
	 * Writes reports, one JSON body per line, for a native load generator (bench/intake-wrk.lua), and
	 * prints the bearer token it is to send: a driver written in C leaves the platform more of the
	 * two cores than this one, whose HTTP client costs about a millisecond of CPU per request.
	 */
	private void writeBodies(int count, Path file) throws IOException {
		List<String> lines = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			lines.add(body().replace('\n', ' '));
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
		System.out.println("token=" + bearer.substring("Bearer ".length()));
	}

	private HttpRequest request() {
		return HttpRequest.newBuilder(URI.create(baseUrl + "/api/cases")).timeout(Duration.ofSeconds(30))
				.header("Authorization", bearer).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body())).build();
	}

	private String body() {
		// SplittableRandom mixes its seed: java.util.Random's first draws from neighbouring seeds are
		// alike, which made runs of report numbers repeat each other's places and categories.
		SplittableRandom random = new SplittableRandom(sequence.incrementAndGet());
		String[] sample = corpus.get(random.nextInt(corpus.size()));
		double[] at = pointIn(microGrids.get(random.nextInt(microGrids.size())), random);
		String body = String.format(Locale.ROOT, """
				{"channel":"HOTLINE","category":"%s","description":%s,"lat":%.6f,"lng":%.6f,"address":"龙港市",
				 "reporter":{"name":"压测市民","phone":"170%08d"}}""",
				sample[0], JSON.writeValueAsString(refused ? " " : sample[1]),
				at[0], at[1],
				random.nextInt(100_000_000));
		return body;
	}

	private static List<String[]> corpus() throws Exception {
		List<String[]> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				IntakeLoadDriver.class.getResourceAsStream("/triage/corpus/train.tsv"), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> line.matches("\\d{4}\t.+")).map(line -> line.split("\t", 2))
					.forEach(lines::add);
		}
		return lines;
	}

	/**
	 * A point anywhere in the micro-grid (as {lat, lng}): reports pile up on no single spot, so the share
	 * linked as duplicates comes from the platform's duplicate radius and window, not from the driver.
	 * Drawn from the report's own seeded generator, so a report number always makes the same report
	 * (JTS's {@code RandomPointsBuilder} draws from {@code Math.random()}).
	 */
	private double[] pointIn(Geometry microGrid, SplittableRandom random) {
		Envelope box = microGrid.getEnvelopeInternal();
		for (int attempt = 0; attempt < 100; attempt++) {
			// Rounded as the body writes it (six decimals, about 10 cm) before the test: a point drawn
			// within centimetres of the coast would otherwise be written outside Wenzhou and refused.
			Coordinate at = new Coordinate(sixDecimals(box.getMinX() + random.nextDouble() * box.getWidth()),
					sixDecimals(box.getMinY() + random.nextDouble() * box.getHeight()));
			if (microGrid.contains(geometries.createPoint(at))) {
				return new double[] { at.getY(), at.getX() };
			}
		}
		Coordinate inside = microGrid.getInteriorPoint().getCoordinate();
		return new double[] { inside.getY(), inside.getX() };
	}

	private static double sixDecimals(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	/** Longgang's micro-grids, read from the platform's own map layer. */
	private List<Geometry> microGrids() throws Exception {
		HttpResponse<String> layer = http.send(HttpRequest.newBuilder(
				URI.create(baseUrl + "/api/geo/grids.geojson?county=330383&level=MICRO_GRID&tolerance=0"))
				.header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofString());
		JsonNode features = JSON.readTree(layer.body()).get("features");
		GeoJsonReader reader = new GeoJsonReader();
		List<Geometry> shapes = new ArrayList<>();
		for (JsonNode feature : features) {
			shapes.add(reader.read(feature.get("geometry").toString()));
		}
		return shapes;
	}

	private record Result(List<Long> latencies, long failures, int seconds) {

		String summary(String mode, int amount) {
			List<Long> sorted = latencies.stream().sorted().toList();
			double throughput = (double) sorted.size() / seconds;
			return String.format(Locale.ROOT,
					"mode=%s %s=%d requests=%d failures=%d throughput=%.1f/s p50=%.1fms p99=%.1fms max=%.1fms", mode,
					"open".equals(mode) ? "rate" : "clients", amount, sorted.size(), failures, throughput,
					percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0));
		}

		private static double percentile(List<Long> sorted, double share) {
			if (sorted.isEmpty()) {
				return Double.NaN;
			}
			int index = (int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1);
			return sorted.get(Math.max(0, index)) / 1e6;
		}
	}
}
