-- wrk script for bench/serve.sh: the issue's example claim, POSTed as JSON.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"type": "rd", "premium": "80000", "date": "2025-10-01", "industry": "ai", "specialized": "yes", ' ..
           '"upper_subsidy": "0", "received": {"catalogue": "100000"}}'
