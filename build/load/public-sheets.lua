-- Requests of build/load/public-sheets.sh, for wrk: the same filtered query (theme, words and
-- updatedSince) on the list or on its bare baseline. Arguments: mode (hit | miss | mix) and path.
--   hit   one URL: after the first request, every answer comes from the page cache
--   miss  a new updatedSince each request (all before the sheets, so the same bytes): never cached
--   mix   80 % among 20 popular URLs, 20 % new ones
local base = 1577836800 -- 2020-01-01T00:00:00Z, before any sheet
local mode, path
local counter = 0

function setup(thread)
  setup_count = (setup_count or 0) + 1
  thread:set("id", setup_count)
end

function init(args)
  mode = args[1]
  path = args[2]
  math.randomseed(id or 0)
end

local function fresh()
  counter = counter + 1
  return 1000 + counter * 64 + (id or 0)
end

function request()
  local since = 0
  if mode == "miss" then
    since = fresh()
  elseif mode == "mix" then
    if math.random() < 0.8 then since = math.random(0, 19) else since = fresh() end
  end
  return wrk.format("GET", path .. "?theme=mobilit%C3%A9&q=Diagnostic%20territoire&updatedSince="
    .. os.date("!%Y-%m-%dT%H:%M:%SZ", base + since))
end
