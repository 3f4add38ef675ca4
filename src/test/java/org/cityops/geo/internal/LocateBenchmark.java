package org.cityops.geo.internal;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.cityops.geo.DivisionLevel;
import org.cityops.geo.internal.LonggangGrids.Cell;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Point location among Longgang's 3,311 micro-grids, with the index the platform uses. Queries are
 * random points in Longgang's envelope (about 60 % fall inside a micro-grid).
 * <p>
 * Run: {@code ./mvnw -Pbenchmark -Dbenchmark=LocateBenchmark verify}
 */
@State(Scope.Benchmark)
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LocateBenchmark {

	private static final int QUERIES = 1 << 14;

	private PointIndex<Cell> index;
	private double[] lats;
	private double[] lngs;
	private int next;

	@Setup
	public void generateGridsAndQueries() {
		Geometry longgang = LonggangBoundary.derive(CountyOutlines.read(Wgs84.FACTORY).get("330327"));
		List<DivisionSource.DivisionRow> communities = DivisionSource.read().stream()
				.filter(row -> row.level() == DivisionLevel.COMMUNITY && row.code().startsWith("330383"))
				.toList();
		index = new PointIndex<>();
		for (Cell micro : new LonggangGrids(Wgs84.FACTORY, 20221120L).generate(longgang, communities).microGrids()) {
			index.insert(micro.code(), micro.area(), micro);
		}
		index.build();
		Envelope extent = longgang.getEnvelopeInternal();
		Random random = new Random(42);
		lats = new double[QUERIES];
		lngs = new double[QUERIES];
		for (int i = 0; i < QUERIES; i++) {
			lats[i] = extent.getMinY() + random.nextDouble() * extent.getHeight();
			lngs[i] = extent.getMinX() + random.nextDouble() * extent.getWidth();
		}
	}

	@Benchmark
	public Object locate() {
		int i = next++ & (QUERIES - 1);
		return index.find(lngs[i], lats[i]).orElse(null);
	}
}
