// hdpolicy serve: its options. Loopback only unless a wider address is asked
// for. The server itself is another program (serve_run.hpp says why).
#include "cli.hpp"
#include "serve_run.hpp"

namespace hdpolicy::cli {

void add_serve_command(CLI::App& app, Cli& cli) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Answer over HTTP: the JSON API (/openapi.json) and a page at /");
  cmd->add_option("--listen", o->listen,
                  "HOST:PORT to listen on (default 127.0.0.1:8080, loopback only; port 0: any free port, printed)");
  cmd->add_option("--threads", o->threads, "Worker threads: connections served at once (default 64)");
  cmd->add_option("--client-connections", o->client_connections,
                  "Connections one client address may have open at once, more are refused with 503 (default: half "
                  "of --threads; behind a reverse proxy every client is the proxy's address: give --threads)");
  cmd->add_option("--max-connections", o->max_connections,
                  "Connections open at once in all, those waiting for a worker included; more are refused with 503 "
                  "(default: 8 x --threads)");
  cmd->add_option("--cors", o->cors,
                  "ORIGIN (scheme://host[:port]) whose web pages may call the API from a browser (CORS); "
                  "repeatable; none by default")
      ->type_name("ORIGIN");
  // The benchmark's ceiling (bench/serve.sh): the same server answering "hello".
  cmd->add_flag("--hello", o->hello, "")->group("");
  cmd->callback([&cli, o] { run_serve(cli, *o, cli.exit_code); });
}

}  // namespace hdpolicy::cli
