# The served /openapi.json checked both ways against the real server, with
# a JSON Schema validator that knows nothing of hdpolicy (python3-jsonschema):
# each request of the table below is judged by the document first (the
# verdict the table expects, so that a schema that admits everything fails),
# then sent; a request the document admits must be answered 200, one it
# refuses 400. Every answer's status must be one the operation documents,
# and its body must match the schema documented for that status.
#
# python3 openapi_cases.py OPENAPI.json BASE_URL  (exit 1 with what differed)
import http.client
import json
import re
import sys
import urllib.parse

import jsonschema

doc = json.load(open(sys.argv[1], encoding="utf-8"))
base = urllib.parse.urlsplit(sys.argv[2])
failures = []
checked = {"requests": 0, "answers": 0}


def validator(schema):
    # A schema inside the document: its $refs resolve against the document.
    wrapped = {"components": doc["components"], **schema}
    return jsonschema.Draft202012Validator(wrapped, format_checker=jsonschema.FormatChecker())


def resolve(obj):
    while isinstance(obj, dict) and "$ref" in obj:
        node = doc
        for part in obj["$ref"].lstrip("#/").split("/"):
            node = node[part]
        obj = node
    return obj


def operation(method, path):
    """The documented path template matching PATH, its operation and path parameters."""
    for template, item in doc["paths"].items():
        names = re.findall(r"\{(\w+)\}", template)
        pattern = "^" + re.sub(r"\\\{\w+\\\}", "([^/]+)", re.escape(template)) + "$"
        m = re.match(pattern, path)
        # /v1/calendar/2025.ics also matches /v1/calendar/{period}: the literal suffix wins.
        if m and not (template.endswith("{period}") and path.endswith(".ics")):
            op = item.get(method.lower())
            if op is not None:
                return template, op, dict(zip(names, m.groups()))
    return None, None, {}


def coerce(value, schema):
    schema = resolve(schema)
    if schema.get("type") == "integer" and re.fullmatch(r"-?[0-9]+", value):
        return int(value)
    return value


def request_errors(method, path, query, body):
    """What the document says is wrong with the request (empty: admitted)."""
    template, op, path_params = operation(method, path)
    if op is None:
        return ["no such operation in the document"]
    errors = []
    params = [resolve(p) for p in op.get("parameters", [])]
    known = {p["name"] for p in params if p["in"] == "query"}
    for name in query:
        if name not in known:
            errors.append(f"query parameter {name} is not documented")
    for p in params:
        where = query if p["in"] == "query" else path_params
        if p["name"] not in where:
            if p.get("required"):
                errors.append(f"{p['name']} is required")
            continue
        value = coerce(where[p["name"]], p["schema"])
        errors += [f"{p['name']}: {e.message}" for e in validator(p["schema"]).iter_errors(value)]
    if body is not None:
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        errors += [f"body: {e.message}" for e in validator(schema).iter_errors(body)]
    return errors


def send(method, path, query=None, body=None, headers=None):
    target = path + ("?" + urllib.parse.urlencode(query) if query else "")
    conn = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
    data = None if body is None else json.dumps(body).encode()
    all_headers = {"Content-Type": "application/json"} if body is not None else {}
    all_headers.update(headers or {})
    conn.request(method, target, body=data, headers=all_headers)
    resp = conn.getresponse()
    answer = resp.status, dict(resp.getheaders()), resp.read()
    conn.close()
    return answer


def check_answer(what, method, path, status, headers, raw):
    """The status is documented for the operation; the body matches its schema."""
    checked["answers"] += 1
    template, op, _ = operation(method, path)
    if op is None:
        # A method the path does not have: its 405 is documented on each method it has.
        others = [operation(m, path) for m in ("GET", "POST")]
        others = [(t, o) for t, o, _ in others if o is not None]
        if status == 405 and others and all("405" in o["responses"] for _, o in others):
            template, op = others[0]
        else:
            failures.append(f"{what}: {method} {path} answered {status}, but the document has no such operation")
            return
    documented = op.get("responses", {})
    if str(status) not in documented:
        failures.append(f"{what}: status {status} is not documented for {method} {template} "
                        f"(documented: {', '.join(sorted(documented))})")
        return
    content = resolve(documented[str(status)]).get("content", {})
    ctype = headers.get("Content-Type", "").split(";")[0].strip()
    if not content:
        if raw:
            failures.append(f"{what}: {status} has a body, the document says none")
        return
    if ctype not in content:
        failures.append(f"{what}: Content-Type {ctype!r} is not documented for {status} ({', '.join(content)})")
        return
    schema = content[ctype].get("schema")
    if schema is None or ctype != "application/json":
        return
    body = json.loads(raw)
    for e in validator(schema).iter_errors(body):
        failures.append(f"{what}: the {status} body does not match its schema: {e.message} at {list(e.path)}")


def case(what, method, path, *, query=None, body=None, valid):
    checked["requests"] += 1
    errors = request_errors(method, path, query or {}, body)
    if bool(errors) == valid:
        failures.append(f"{what}: the document {'refuses' if errors else 'admits'} it, expected "
                        f"{'admitted' if valid else 'refused'}{': ' + '; '.join(errors) if errors else ''}")
    status, headers, raw = send(method, path, query, body)
    want = 200 if not errors else 400
    if status != want:
        failures.append(f"{what}: the document {'admits' if not errors else 'refuses'} it, the server "
                        f"answered {status}, expected {want}: {raw[:300]!r}")
    check_answer(what, method, path, status, headers, raw)


# The cases: each a request as a client would send it, with the verdict
# the document must give. Choices are sent by id: the names and aliases the
# server also accepts (研发, 研发险) are beyond the enum, on purpose.
rd = {"type": "rd", "premium": "80000", "date": "2025-10-01"}
case("a subsidy", "POST", "/v1/subsidy", body=rd, valid=True)
case("a subsidy, amounts as numbers", "POST", "/v1/subsidy",
     body={**rd, "premium": 80000, "specialized": True, "received": {"catalogue": 100000}}, valid=True)
case("a subsidy, every optional fact", "POST", "/v1/subsidy",
     body={**rd, "industry": "ai", "employees": 100, "revenue": "1.5", "high_tech_year": "2024",
           "specialized": "yes", "upper_subsidy": "0", "support_years_used": "2", "received": {"catalogue": "100000"}},
     valid=True)
case("a field nobody declared", "POST", "/v1/subsidy", body={**rd, "bogus": 1}, valid=False)
case("an amount to the tenth of a fen", "POST", "/v1/subsidy", body={**rd, "premium": "80000.123"}, valid=False)
case("a negative amount", "POST", "/v1/subsidy", body={**rd, "premium": "-1"}, valid=False)
case("an amount with a thousands separator", "POST", "/v1/subsidy", body={**rd, "premium": "80,000"}, valid=False)
case("a negative amount as a number", "POST", "/v1/subsidy", body={**rd, "premium": -1}, valid=False)
case("an unknown insurance type", "POST", "/v1/subsidy", body={**rd, "type": "nope"}, valid=False)
case("an unknown industry", "POST", "/v1/subsidy", body={**rd, "industry": "mining"}, valid=False)
case("30 February", "POST", "/v1/subsidy", body={**rd, "date": "2025-02-30"}, valid=False)
case("a date before 1900", "POST", "/v1/subsidy", body={**rd, "date": "1899-12-31"}, valid=False)
case("a date after 2299", "POST", "/v1/subsidy", body={**rd, "date": "2300-01-01"}, valid=False)
case("a date as a number", "POST", "/v1/subsidy", body={**rd, "date": 20251001}, valid=False)
case("a yes/no that is neither", "POST", "/v1/subsidy", body={**rd, "specialized": "maybe"}, valid=False)
case("a negative count", "POST", "/v1/subsidy", body={**rd, "employees": -1}, valid=False)
case("a count with a fraction", "POST", "/v1/subsidy", body={**rd, "employees": 1.5}, valid=False)
case("a year before 1900", "POST", "/v1/subsidy", body={**rd, "high_tech_year": 1899}, valid=False)
case("received under a cap there is not", "POST", "/v1/subsidy", body={**rd, "received": {"nope": "1"}},
     valid=False)
case("received as a bad amount", "POST", "/v1/subsidy", body={**rd, "received": {"catalogue": "1.001"}},
     valid=False)
case("a subsidy explained in Chinese", "POST", "/v1/subsidy", query={"explain": "1", "lang": "zh"}, body=rd,
     valid=True)
case("a language there is not", "POST", "/v1/subsidy", query={"lang": "fr"}, body=rd, valid=False)

hire = {"hire_date": "2025-10-01", "birth_date": "2000-05-01", "graduate": "yes",
        "graduation_date": "2025-06-30", "contract": "yes"}
case("a hire", "POST", "/v1/hiring", body=hire, valid=True)
case("a hire with a field of the subsidy", "POST", "/v1/hiring", body={**hire, "premium": "1"}, valid=False)
case("a hire on 31 April", "POST", "/v1/hiring", body={**hire, "hire_date": "2025-04-31"}, valid=False)

# The same documents by id under /v1/eval/: the same operations.
case("a subsidy by its document's id", "POST", "/v1/eval/tech-insurance", body=rd, valid=True)
case("a subsidy by its document's id, a field nobody declared", "POST", "/v1/eval/tech-insurance",
     body={**rd, "bogus": 1}, valid=False)
case("a hire by its document's id", "POST", "/v1/eval/hiring-subsidy", body=hire, valid=True)
case("a hire by its document's id, with a field of the subsidy", "POST", "/v1/eval/hiring-subsidy",
     body={**hire, "premium": "1"}, valid=False)

plan = {"date": "2025-10-01", "industry": "ai", "specialized": "yes",
        "products": [{"type": "rd", "premium": "80000"}, {"type": "three-firsts", "premium": "1000000",
                                                          "upper_subsidy": "900000"}]}
case("a plan", "POST", "/v1/plan", body=plan, valid=True)
case("a plan's product with a field of its own", "POST", "/v1/plan",
     body={**plan, "products": [{"type": "rd", "premium": "80000", "bogus": "1"}]}, valid=False)
case("a plan's product of no type", "POST", "/v1/plan",
     body={**plan, "products": [{"type": "nope", "premium": "80000"}]}, valid=False)

case("a deadline", "POST", "/v1/deadline", body={"rule": "renewal.admission-notice", "from": "2025-09-30"},
     valid=True)
case("a deadline of no rule", "POST", "/v1/deadline", body={"rule": "nope", "from": "2025-09-30"}, valid=False)
case("a deadline from 1 January 0001", "POST", "/v1/deadline",
     body={"rule": "renewal.admission-notice", "from": "0001-01-01"}, valid=False)

case("workdays added", "GET", "/v1/workdays/add", query={"date": "2025-09-30", "n": "5"}, valid=True)
case("workdays taken away", "GET", "/v1/workdays/add", query={"date": "2025-10-09", "n": "-5"}, valid=True)
case("more workdays than the bound", "GET", "/v1/workdays/add", query={"date": "2025-09-30", "n": "100001"},
     valid=False)
case("workdays that are no number", "GET", "/v1/workdays/add", query={"date": "2025-09-30", "n": "five"},
     valid=False)
case("workdays from 13th month", "GET", "/v1/workdays/add", query={"date": "2025-13-01", "n": "1"}, valid=False)
case("workdays between", "GET", "/v1/workdays/between", query={"from": "2025-09-30", "to": "2025-10-09"},
     valid=True)
case("a workday?", "GET", "/v1/workdays/is", query={"date": "2025-09-28", "lang": "zh"}, valid=True)
case("a workday? with a parameter nobody declared", "GET", "/v1/workdays/is",
     query={"date": "2025-09-28", "x": "1"}, valid=False)

case("a year's calendar", "GET", "/v1/calendar/2025", valid=True)
case("a month's calendar, in Chinese", "GET", "/v1/calendar/2025-10", query={"lang": "zh"}, valid=True)
case("a 13th month", "GET", "/v1/calendar/2025-13", valid=False)
case("a year's calendar file", "GET", "/v1/calendar/2025.ics", valid=True)
case("a calendar file in Chinese", "GET", "/v1/calendar/2025.ics", query={"lang": "zh"}, valid=False)

case("the policies", "GET", "/v1/policies", valid=True)
case("the policies, with a query", "GET", "/v1/policies", query={"lang": "zh"}, valid=False)
case("health", "GET", "/healthz", valid=True)
case("health, with a query", "GET", "/healthz", query={"x": "1"}, valid=False)
case("the document", "GET", "/openapi.json", valid=True)

# Documents of declared shape (tests/shapes), when served: their requests
# are made from their facts.
if "/v1/eval/rent-subsidy" in doc["paths"]:
    rent = {"rent_paid": "2000000", "area": 500, "days": 365, "support_years_used": 0, "date": "2026-03-01"}
    case("a rent subsidy", "POST", "/v1/eval/rent-subsidy", body=rent, valid=True)
    case("a rent subsidy with a field it does not declare", "POST", "/v1/eval/rent-subsidy",
         body={**rent, "bogus": 1}, valid=False)
    case("a rent subsidy with rent to the tenth of a fen", "POST", "/v1/eval/rent-subsidy",
         body={**rent, "rent_paid": "1.234"}, valid=False)
    case("an area to the thousandth of a m²", "POST", "/v1/eval/rent-subsidy", body={**rent, "area": "1.001"},
         valid=False)
    case("an R&D reward with what was received", "POST", "/v1/eval/rd-reward",
         body={"rd_this_year": 140000000, "rd_last_year": 100000000, "date": "2026-03-01",
               "received": {"annual": "1900000"}}, valid=True)
    case("an R&D reward received under a cap of the rent subsidy's", "POST", "/v1/eval/rd-reward",
         body={"rd_this_year": 1, "rd_last_year": 1, "date": "2026-03-01", "received": {"nope": "1"}},
         valid=False)
    # POST /v1/plan/ID: a year's claims, each as /v1/eval/ID takes it (without received).
    claim2 = {**rent, "date": "2026-09-01", "rent_paid": "400000"}
    case("a plan of two rent claims", "POST", "/v1/plan/rent-subsidy", body={"claims": [rent, claim2]},
         valid=True)
    case("a plan with what was received", "POST", "/v1/plan/rent-subsidy",
         body={"claims": [rent], "received": {"annual": "100000"}}, valid=True)
    case("a plan of no claims", "POST", "/v1/plan/rent-subsidy", body={"claims": []}, valid=False)
    case("a plan without claims", "POST", "/v1/plan/rent-subsidy", body={"received": {}}, valid=False)
    case("a plan whose claim has received", "POST", "/v1/plan/rent-subsidy",
         body={"claims": [{**rent, "received": {"annual": "1"}}]}, valid=False)
    case("a plan whose claim has a field the document does not declare", "POST", "/v1/plan/rent-subsidy",
         body={"claims": [{**rent, "bogus": 1}]}, valid=False)
    case("a plan of the premium subsidy, as /v1/plan", "POST", "/v1/plan/tech-insurance",
         body={"industry": "ai", "date": "2026-03-01", "products": [{"type": "rd", "premium": "80000"}]},
         valid=True)


# Answers no request table can ask for: each status documented, each body its schema.
def answer(what, method, path, *, query=None, body=None, raw=None, headers=None, want):
    status, got_headers, data = send(method, path, query, body, headers) if raw is None else raw_send(
        method, path, raw, headers)
    if status != want:
        failures.append(f"{what}: status {status}, expected {want}: {data[:300]!r}")
    check_answer(what, method, path.split("?")[0], status, got_headers, data)
    return got_headers


def raw_send(method, path, data, headers):
    conn = http.client.HTTPConnection(base.hostname, base.port, timeout=30)
    conn.request(method, path, body=data, headers=headers or {})
    resp = conn.getresponse()
    answer = resp.status, dict(resp.getheaders()), resp.read()
    conn.close()
    return answer


answer("POST to health", "POST", "/healthz", body={}, want=405)
answer("GET of a subsidy", "GET", "/v1/subsidy", want=405)
answer("a body that is not JSON", "POST", "/v1/subsidy", raw=b"type=rd", headers={
    "Content-Type": "application/x-www-form-urlencoded"}, want=415)
answer("a body over 64 KiB", "POST", "/v1/subsidy", raw=b"{" + b" " * 70000 + b"}", headers={
    "Content-Type": "application/json"}, want=413)
answer("a target of 10,000 bytes", "GET", "/v1/workdays/is?date=" + "9" * 10000, want=414)
allowed = answer("a preflight from the portal", "OPTIONS", "/v1/subsidy", headers={
    "Origin": "https://portal.example", "Access-Control-Request-Method": "POST"}, want=204)
if allowed.get("Access-Control-Allow-Origin") != "https://portal.example":
    failures.append(f"a preflight from the portal: Access-Control-Allow-Origin {allowed.get('Access-Control-Allow-Origin')!r}")
answer("a preflight from elsewhere", "OPTIONS", "/v1/subsidy", headers={
    "Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}, want=403)


for line in failures:
    print("FAIL:", line, file=sys.stderr)
print(f"{checked['requests']} requests judged by the document and the server alike, "
      f"{checked['answers']} answers matched to their documented status and schema"
      + (f"; {len(failures)} differences" if failures else ""))
sys.exit(1 if failures else 0)
