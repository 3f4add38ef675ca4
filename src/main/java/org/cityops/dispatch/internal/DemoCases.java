package org.cityops.dispatch.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.cityops.directory.DirectoryManagement;
import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.dispatch.OneThingDesk;
import org.cityops.dispatch.OneThingRun;
import org.cityops.dispatch.Reporter;
import org.cityops.dispatch.Source;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: fills an empty pool with authored sample cases so that the console has something
 * to show — recent cases at every stage, and half a year of closed ones in which noise complaints fall
 * month by month (an authored pattern, to show the trend measurement; not real data). Texts and
 * categories come from the authored triage corpus; places are Longgang's generated micro-grids.
 * <p>
 * Loads in the background after start-up. Every sample case has the source {@code cityops-demo} and
 * its number, so a restart (even one that interrupted the loading) adds only what is missing.
 */
@Component
@ConditionalOnProperty(name = "cityops.demo.enabled", havingValue = "true")
class DemoCases {

	static final String SOURCE = "cityops-demo";
	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
	private static final String CORPUS = "triage/corpus/train.tsv";
	private static final String DEMO = "演示数据（代网格员/处置人员操作）：";
	private static final String LONGGANG = "330383";
	/** The grid of the demo accounts {@code grid} and {@code gridleader}. */
	private static final String DEMO_GRID = "330383198001-G01";
	private static final String ENFORCEMENT = "330383-ENFORCEMENT";
	private static final List<String> SURNAMES = List.of("陈", "林", "王", "张", "李", "黄", "吴", "郑", "周", "徐",
			"杨", "金", "叶", "蔡", "潘");
	private static final Channel[] CHANNELS = { Channel.HOTLINE, Channel.HOTLINE, Channel.HOTLINE, Channel.HOTLINE,
			Channel.PATROL, Channel.PATROL, Channel.PATROL, Channel.CITIZEN, Channel.CITIZEN, Channel.SENSOR };

	private final CaseManagement cases;
	private final OneThingDesk oneThing;
	private final GeoManagement geo;
	private final DirectoryManagement directory;
	private final Clock clock;
	private final int count;
	private final long seed;

	DemoCases(CaseManagement cases, OneThingDesk oneThing, GeoManagement geo, DirectoryManagement directory,
			Clock clock, @Value("${cityops.demo.cases:240}") int count,
			@Value("${cityops.demo.seed:20221120}") long seed) {
		this.cases = cases;
		this.oneThing = oneThing;
		this.geo = geo;
		this.directory = directory;
		this.clock = clock;
		this.count = count;
		this.seed = seed;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadInTheBackground() {
		if (count <= 0) {
			return;
		}
		Thread loader = new Thread(this::load, "demo-cases");
		loader.setDaemon(true);
		loader.start();
	}

	void load() {
		Random random = new Random(seed);
		List<String[]> corpus = corpus();
		List<String[]> noise = corpus.stream().filter(row -> row[0].startsWith("07")).toList();
		List<String[]> other = corpus.stream().filter(row -> !row[0].startsWith("07")).toList();
		List<Grid> micro = geo.gridsOfCounty(LONGGANG).stream().flatMap(grid -> geo.microGrids(grid.code()).stream())
				.toList();
		Instant now = clock.instant();
		int added = 0;
		try {
			for (int n = 1; n <= count; n++) {
				// a fifth of the cases are recent and still open; the rest spread over six months
				boolean recent = n % 5 == 0;
				long ageHours = recent ? 1 + random.nextInt(72) : 72 + random.nextInt(180 * 24);
				double monthsAgo = ageHours / (30.0 * 24);
				// authored pattern: noise is almost half of the complaints six months ago and falls to a fiftieth
				boolean isNoise = random.nextDouble() < 0.02 + 0.45 * Math.min(1, monthsAgo / 6);
				String[] sample = (isNoise ? noise : other).get(random.nextInt((isNoise ? noise : other).size()));
				Grid at = micro.get(random.nextInt(micro.size()));
				Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
				Instant reportedAt = now.minus(Duration.ofHours(ageHours)).minusSeconds(random.nextInt(3600));
				NewCase report = new NewCase(channel, sample[0], sample[1], at.centroid(), null, reportedAt,
						reporter(channel, random), new Source(SOURCE, "DEMO-%04d".formatted(n)), List.of(), false,
						Set.of("demo"));
				CaseManagement.Opened opened = cases.open(report, submitter(channel, at));
				if (opened.created()) {
					added++;
					walk(opened.details(), recent ? random.nextInt(5) : 7, random);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Demo cases: stopped after {} new cases; the next start adds the rest", added, e);
			return;
		}
		try {
			added += scenes(now);
		}
		catch (RuntimeException e) {
			log.warn("Demo cases: the work waiting for the demo accounts is incomplete", e);
		}
		if (added > 0) {
			log.info("Demo cases: added {} authored sample cases (source {})", added, SOURCE);
		}
	}

	/**
	 * Work waiting for the demo accounts, so that each finds something to do on first login: tasks in
	 * the grid of {@code grid}, a queue for {@code handler}'s unit, two escalated cases at the
	 * dispatcher's desk and a noise "one thing" case in progress. Authored texts.
	 *
	 * @return how many of these cases were added now
	 */
	private int scenes(Instant now) {
		Actor centre = centre();
		List<Grid> demoGrid = geo.microGrids(DEMO_GRID);
		int added = 0;
		Optional<CaseDetails> gridTask = scene("S01", "0101", "金钗河社区菜场后门垃圾桶满了没人清，垃圾堆到路上，苍蝇很多",
				demoGrid.get(1), now.minus(Duration.ofMinutes(25)), centre);
		Optional<CaseDetails> gridTask2 = scene("S02", "0401", "江滨路和世纪大道路口往北三盏路灯晚上不亮，骑电瓶车看不清",
				demoGrid.get(3), now.minus(Duration.ofMinutes(50)), centre);
		Optional<CaseDetails> stall = scene("S03", "0201", "龙港大道万达对面几家水果店把摊子摆到人行道上，推婴儿车过不去",
				demoGrid.get(5), now.minus(Duration.ofHours(2)), centre);
		Optional<CaseDetails> noiseDesk = scene("S04", "0701", "华中社区那个工地晚上十点多还在打桩，小孩被吵醒好几次，投诉过没用",
				micro("330383198006-G01", 2), now.minus(Duration.ofHours(3)), centre);
		Optional<CaseDetails> building = scene("S05", "0303", "河底高社区河边有人在搭彩钢棚，好像要盖房子，占了河道护坡",
				micro("330383198007-G01", 2), now.minus(Duration.ofHours(5)), centre);
		Optional<CaseDetails> noiseRun = scene("S06", "0701", "舥艚那边工地半夜运渣土还在施工，机器声音很大，附近居民都睡不着",
				micro("330383198010-G01", 2), now.minus(Duration.ofHours(20)), centre);
		for (Optional<CaseDetails> each : List.of(gridTask, gridTask2, stall, noiseDesk, building, noiseRun)) {
			added += each.isPresent() ? 1 : 0;
		}
		gridTask2.ifPresent(details -> cases.act(details.id(), CaseAction.SIGN, ActionInput.note(DEMO + "签收"),
				Actor.SYSTEM));
		stall.ifPresent(details -> cases.act(details.id(), CaseAction.REASSIGN, new ActionInput(null,
				"占道经营屡劝不改，需执法部门处理", List.of(), ENFORCEMENT, null, null, null, null, null, null), centre));
		noiseDesk.ifPresent(details -> cases.act(details.id(), CaseAction.ESCALATE,
				ActionInput.reason("夜间施工噪声反复投诉，涉及执法、住建、生态环境多个部门，提请会商"), centre));
		building.ifPresent(details -> cases.act(details.id(), CaseAction.ESCALATE,
				ActionInput.reason("河道护坡违建涉及水利、执法、住建，网格无法单独处置"), centre));
		noiseRun.ifPresent(details -> {
			cases.act(details.id(), CaseAction.ESCALATE, ActionInput.reason("夜间施工噪声，按噪声一件事处置"), centre);
			oneThing.start(details.id(), null, centre).tasks().stream()
				.filter(task -> task.state() == OneThingRun.TaskState.OPEN
						&& task.unitCode().equals(details.place().grid().code()))
				.findFirst()
				.ifPresent(task -> oneThing.closeTask(details.id(), task.id(), OneThingRun.Outcome.DONE,
						DEMO + "22:40 到场核实，工地正在用挖机装渣土，已拍视频", Actor.SYSTEM));
		});
		return added;
	}

	private Grid micro(String gridCode, int index) {
		List<Grid> micros = geo.microGrids(gridCode);
		return micros.get(index % micros.size());
	}

	/** Opens one authored case, unless an earlier start did; empty when it existed or was not routed to a grid. */
	private Optional<CaseDetails> scene(String number, String category, String text, Grid at, Instant reportedAt,
			Actor centre) {
		CaseManagement.Opened opened = cases.open(new NewCase(Channel.HOTLINE, category, text, at.centroid(), null,
				reportedAt, new Reporter("陈女士", "1390577" + number.substring(1) + "00", null),
				new Source(SOURCE, "DEMO-" + number), List.of(), false, Set.of("demo")), centre);
		return opened.created() && opened.details().state() == CaseState.DISPATCHED ? Optional.of(opened.details())
				: Optional.empty();
	}

	/** Takes a routed case {@code steps} stages further (7: through to the reporter's evaluation). */
	private void walk(CaseDetails details, int steps, Random random) {
		if (details.state() != CaseState.DISPATCHED || details.assignee() == null) {
			return;
		}
		Optional<Actor> handler = handlerOf(details);
		if (handler.isEmpty()) {
			return;
		}
		Actor centre = centre();
		List<Step> walk = List.of(new Step(CaseAction.SIGN, handler.get(), ActionInput.note(DEMO + "签收")),
				new Step(CaseAction.CONTACT, handler.get(), ActionInput.note(DEMO + "已电话联系反映人")),
				new Step(CaseAction.ARRIVE, handler.get(), new ActionInput(DEMO + "到场", null, List.of(), null, null,
						null, null, null, new Position(details.lat(), details.lng()), null)),
				new Step(CaseAction.HANDLE, handler.get(), ActionInput.note(DEMO + "现场已处置")),
				new Step(CaseAction.VERIFY, centre,
						new ActionInput(null, null, List.of(), null, null, true, null, null, null, null)),
				new Step(CaseAction.CLOSE, centre, new ActionInput(null, null, List.of(), null, null, null, null, null,
						null, new ActionInput.Feedback(true, "已回访，反映人知悉处理结果"))),
				new Step(CaseAction.EVALUATE, centre, new ActionInput(null, null, List.of(), null, null, null,
						random.nextInt(10) < 8 ? 5 : 3 + random.nextInt(2), null, null, null)));
		for (Step step : walk.subList(0, Math.min(steps, walk.size()))) {
			cases.act(details.id(), step.action(), step.input(), step.actor());
		}
	}

	/**
	 * The platform stands in for the assignee: the demo staff have no logins. Timeline entries say so
	 * in their notes.
	 */
	private Optional<Actor> handlerOf(CaseDetails details) {
		return Optional.of(Actor.SYSTEM);
	}

	/** The demo dispatcher account, for the centre's steps. */
	private Actor centre() {
		return directory.personByUsername("dispatcher")
			.map(person -> new Actor("dispatcher", person.id(), person.unitCode(), person.roles()))
			.orElse(Actor.SYSTEM);
	}

	private Actor submitter(Channel channel, Grid at) {
		return channel == Channel.HOTLINE ? centre() : Actor.SYSTEM;
	}

	private static Reporter reporter(Channel channel, Random random) {
		if (channel == Channel.PATROL || channel == Channel.SENSOR) {
			return Reporter.ANONYMOUS;
		}
		String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + (random.nextBoolean() ? "先生" : "女士");
		return new Reporter(name, "1390577%04d".formatted(random.nextInt(10_000)), null);
	}

	private static List<String[]> corpus() {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(CORPUS).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t", 2))
					.filter(row -> row.length == 2 && row[0].matches("\\d{4}")).forEach(rows::add);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	private record Step(CaseAction action, Actor actor, ActionInput input) {
	}
}
