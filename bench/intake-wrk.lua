-- wrk script for bench/intake-benchmark.sh: posts the reports of a file (one JSON body per line,
-- written by IntakeLoadDriver's "bodies" mode) to POST /api/cases with a bearer token, each body
-- once: thread i of n sends lines i, i + n, i + 2n, ... (a repeated body would be a duplicate report).
--
--   CITYOPS_BENCH_BODIES=<file> CITYOPS_BENCH_TOKEN=<token> wrk -t2 -c16 -d60s -s bench/intake-wrk.lua <url>

local threads = {}

function setup(thread)
  thread:set("first", #threads)
  table.insert(threads, thread)
end

function init(args)
  bodies = {}
  for line in io.lines(os.getenv("CITYOPS_BENCH_BODIES")) do
    bodies[#bodies + 1] = line
  end
  headers = {
    ["Authorization"] = "Bearer " .. os.getenv("CITYOPS_BENCH_TOKEN"),
    ["Content-Type"] = "application/json",
  }
  step = tonumber(os.getenv("CITYOPS_BENCH_THREADS") or "2")
  next_line = first + 1 - step
end

function request()
  next_line = next_line + step
  if next_line > #bodies then
    -- out of fresh reports: the run is longer than the file; start over (repeats become duplicates)
    next_line = first + 1
  end
  return wrk.format("POST", "/api/cases", headers, bodies[next_line])
end

function done(summary, latency, requests)
  io.write(string.format("wrk requests=%d seconds=%.1f throughput=%.1f/s non2xx=%d errors=%d p50=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
