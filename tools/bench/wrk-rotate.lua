-- wrk script: each connection walks the request paths listed in a file (first script argument), one query after
-- another, so that the load is the query set rather than one repeated answer. At the end it prints one JSON line.
local paths = {}
local next_index = 1
local threads_made = 0

init = function(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  -- Threads start at different places in the list so that they do not ask the same query in lockstep.
  next_index = (thread_number or 0) * math.floor(#paths / 2) % #paths + 1
end

setup = function(thread)
  thread:set("thread_number", threads_made)
  threads_made = threads_made + 1
end

request = function()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    '{"requests": %d, "seconds": %.2f, "rps": %.1f, "errors": %d, "non2xx": %d, "p50_ms": %.2f, "p90_ms": %.2f, "p99_ms": %.2f, "max_ms": %.2f}\n',
    summary.requests, seconds, summary.requests / seconds, errors, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
