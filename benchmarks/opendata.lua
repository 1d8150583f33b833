-- wrk script of benchmarks/opendata.sh.
-- Without arguments: requests wrk's own URL (the cached runs).
-- With "-- TEMPLATE CODES_FILE": each request asks TEMPLATE with {code} replaced by the next LAO code of the file,
-- every thread on its own stride, so no code is asked twice until the list is used up (the uncached runs).
-- done() prints one parseable line: "result requests=N rps=R p50=… p95=… p99=… ms non2xx=N errors=N".
local template, codes, nthreads, position = nil, {}, 0, 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  template = args[1]
  if args[2] then
    for line in io.lines(args[2]) do
      if #line > 0 then codes[#codes + 1] = line end
    end
  end
  nthreads = tonumber(args[3] or "2")
  position = id or 0
end

function request()
  if template == nil or #codes == 0 then
    return wrk.format(nil)
  end
  local code = codes[(position % #codes) + 1]
  position = position + nthreads
  return wrk.format("GET", (template:gsub("{code}", code)))
end

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("result requests=%d rps=%.0f p50=%.1f p95=%.1f p99=%.1f non2xx=%d errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors))
end
