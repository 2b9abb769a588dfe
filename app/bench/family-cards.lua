-- wrk script: family-card reads by a consultant of Petropavl (KZ-59-01), cycling through the family ids in the
-- file named by FAMILIES (one id a line; default /tmp/family-ids.txt). Usage: see BENCHMARKS.md, "Family cards under 200 clients".
local ids = {}
local file = os.getenv("FAMILIES") or "/tmp/family-ids.txt"
for line in io.lines(file) do
  if line ~= "" then ids[#ids + 1] = line end
end
local n = 0
wrk.headers["Authorization"] = "Basic " .. (os.getenv("BASIC") or "Y29uc3VsdGFudC5za286c2hhbnlyYXEtZGVtbw==")
wrk.headers["X-Purpose"] = "entitlement-check"
request = function()
  n = n + 1
  return wrk.format("GET", "/api/families/" .. ids[(n % #ids) + 1])
end
response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("status " .. status .. "\n")
  end
end
