-- wrk script for bench/load.py: replays the requests listed in a file, one a line,
--   METHOD <tab> PATH <tab> SESSION-COOKIE <tab> FORM-BODY (urlencoded, may be empty)
-- each as the signed-in member whose session cookie is on that line. The file is written by
-- load.py (paths built by the app's url_for, cookies minted with the server's secret key), so
-- this script only picks lines: each connection starts at its own place and walks the file.
--
-- It counts answers by status, and counts apart any redirect to the sign-in page (a session
-- the server refused) and any redirect after a reply that does not lead back to the thread.
-- done() prints one line, "WRK_JSON {...}", that load.py reads.
--
-- usage: wrk -t1 -c16 -d10s --latency -s bench/requests.lua http://127.0.0.1:PORT -- FILE

local entries = {}
local position = 0

local function split(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do
    fields[#fields + 1] = field
  end
  return fields
end

local function load(path)
  local list = {}
  for line in io.lines(path) do
    if line ~= "" then
      local f = split(line)
      local headers = { ["User-Agent"] = "peer-circle-bench/2" }
      if f[3] ~= nil and f[3] ~= "" then
        headers["Cookie"] = "session=" .. f[3]
      end
      local body = nil
      if f[4] ~= nil and f[4] ~= "" then
        body = f[4]
        headers["Content-Type"] = "application/x-www-form-urlencoded"
      end
      -- Formatted once here: request() only hands out prepared bytes.
      list[#list + 1] = wrk.format(f[1], f[2], headers, body)
    end
  end
  return list
end

-- One Lua state per wrk thread: every thread loads the file and keeps its own counters.
function init(args)
  local path = args[1]
  if path == nil then
    error("requests.lua needs the requests file after --")
  end
  entries = load(path)
  if #entries == 0 then
    error("no requests in " .. path)
  end
  position = math.random(#entries) - 1
  statuses = {}
  signin_redirects = 0
  stray_redirects = 0
end

function request()
  position = position % #entries + 1
  return entries[position]
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if status == 302 or status == 303 then
    local location = headers["Location"] or headers["location"] or ""
    if location:find("/auth/", 1, true) or location:find("login", 1, true) then
      signin_redirects = signin_redirects + 1
    elseif not location:find("/forum/t/", 1, true) then
      stray_redirects = stray_redirects + 1
    end
  end
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

local function encode(value)
  if type(value) == "table" then
    local parts = {}
    for k, v in pairs(value) do
      parts[#parts + 1] = string.format("%q", tostring(k)) .. ":" .. encode(v)
    end
    return "{" .. table.concat(parts, ",") .. "}"
  elseif type(value) == "number" then
    return string.format("%.17g", value)
  end
  return string.format("%q", tostring(value))
end

function done(summary, latency, requests)
  local all_statuses, signin, stray = {}, 0, 0
  for _, thread in ipairs(threads) do
    local counted = thread:get("statuses") or {}
    for k, v in pairs(counted) do
      all_statuses[k] = (all_statuses[k] or 0) + v
    end
    signin = signin + (thread:get("signin_redirects") or 0)
    stray = stray + (thread:get("stray_redirects") or 0)
  end
  local result = {
    requests = summary.requests,
    duration_us = summary.duration,
    bytes = summary.bytes,
    errors = summary.errors,
    statuses = all_statuses,
    signin_redirects = signin,
    stray_redirects = stray,
    latency_us = {
      mean = latency.mean,
      max = latency.max,
      p50 = latency:percentile(50),
      p90 = latency:percentile(90),
      p99 = latency:percentile(99),
    },
  }
  io.write("WRK_JSON " .. encode(result) .. "\n")
end
