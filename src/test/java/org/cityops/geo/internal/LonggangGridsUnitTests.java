package org.cityops.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cityops.geo.DivisionLevel;
import org.cityops.geo.internal.DivisionSource.DivisionRow;
import org.cityops.geo.internal.LonggangGrids.Cell;
import org.cityops.geo.internal.LonggangGrids.Network;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

class LonggangGridsUnitTests {

	/** Floating-point noise where cells meet: far below a square centimetre. */
	private static final double SLIVER_SQUARE_METRES = 1e-4;
	/** Square metres per square degree at Longgang's latitude, for reading planar areas. */
	private static final double SQUARE_METRES_PER_SQUARE_DEGREE = 111_195.0 * 111_195.0 * Math.cos(Math.toRadians(27.54));

	private static Geometry longgang;
	private static List<DivisionRow> communities;
	private static Network network;

	@BeforeAll
	static void generate() {
		GeometryFactory factory = new GeometryFactory();
		longgang = LonggangBoundary.derive(CountyOutlines.read(factory).get("330327"));
		communities = DivisionSource.read().stream()
				.filter(row -> row.level() == DivisionLevel.COMMUNITY && row.code().startsWith("330383"))
				.toList();
		network = new LonggangGrids(factory, 20221120L).generate(longgang, communities);
	}

	@Test
	void generatesTheGazettesCounts() {
		assertThat(network.communities()).hasSize(103);
		assertThat(network.grids()).hasSize(469);
		assertThat(network.microGrids()).hasSize(3311);
		Map<String, Long> gridsPerCommunity = network.grids().stream()
				.collect(Collectors.groupingBy(Cell::parentCode, Collectors.counting()));
		assertThat(gridsPerCommunity.values()).allMatch(count -> count == 4 || count == 5);
		Map<String, Long> microPerGrid = network.microGrids().stream()
				.collect(Collectors.groupingBy(Cell::parentCode, Collectors.counting()));
		assertThat(microPerGrid.values()).allMatch(count -> count == 7 || count == 8);
	}

	@Test
	void childrenTileTheirParentWithoutGapsOrOverlaps() {
		assertTiles(List.of(new Cell("330383", "龙港市", null, null, longgang)), network.communities(), true);
		assertTiles(network.communities(), network.grids(), false);
		assertTiles(network.grids(), network.microGrids(), false);
	}

	@Test
	void sameSeedGivesTheSameGeometry() {
		Network again = new LonggangGrids(new GeometryFactory(), 20221120L).generate(longgang, communities);
		for (int i = 0; i < network.microGrids().size(); i += 97) {
			Cell first = network.microGrids().get(i);
			Cell second = again.microGrids().get(i);
			assertThat(second.code()).isEqualTo(first.code());
			assertThat(second.area().equalsExact(first.area())).isTrue();
		}
	}

	private static void assertTiles(List<Cell> parents, List<Cell> children, boolean rootIsParent) {
		Map<String, Cell> byCode = parents.stream().collect(Collectors.toMap(Cell::code, Function.identity()));
		Map<String, List<Cell>> byParent = children.stream()
				.collect(Collectors.groupingBy(child -> rootIsParent ? "330383" : child.parentCode()));
		double tolerance = PlanarMeasure.metresToDegrees(0.001);
		for (Map.Entry<String, List<Cell>> family : byParent.entrySet()) {
			Geometry parent = byCode.get(family.getKey()).area();
			// Tiling is checked in the plane of the coordinates, where areas add up exactly.
			double parentArea = parent.getArea() * SQUARE_METRES_PER_SQUARE_DEGREE;
			double childArea = family.getValue().stream().mapToDouble(c -> c.area().getArea()).sum()
					* SQUARE_METRES_PER_SQUARE_DEGREE;
			assertThat(childArea).as("area of the children of %s", family.getKey())
					.isCloseTo(parentArea, within(SLIVER_SQUARE_METRES));
			for (Cell child : family.getValue()) {
				assertThat(parent.buffer(tolerance).covers(child.area())).as("%s inside %s", child.code(), family.getKey())
						.isTrue();
			}
		}
		assertNoOverlaps(children);
	}

	private static void assertNoOverlaps(List<Cell> cells) {
		STRtree index = new STRtree();
		cells.forEach(cell -> index.insert(cell.area().getEnvelopeInternal(), cell));
		for (Cell cell : cells) {
			for (Object other : index.query(cell.area().getEnvelopeInternal())) {
				Cell neighbour = (Cell) other;
				if (neighbour.code().compareTo(cell.code()) > 0 && neighbour.area().intersects(cell.area())) {
					double overlap = neighbour.area().intersection(cell.area()).getArea() * SQUARE_METRES_PER_SQUARE_DEGREE;
					assertThat(overlap).as("overlap of %s and %s", cell.code(), neighbour.code())
							.isLessThan(SLIVER_SQUARE_METRES);
				}
			}
		}
	}
}
