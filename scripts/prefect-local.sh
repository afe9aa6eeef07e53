#!/usr/bin/env bash
# A local Prefect server and worker for the `pipeline` deployment (see README, "Scheduled runs").
#   scripts/prefect-local.sh server   start the server (UI at http://127.0.0.1:4200)
#   scripts/prefect-local.sh deploy   create the work pool and deploy prefect.yaml
#   scripts/prefect-local.sh worker   start a worker for the pool
#   scripts/prefect-local.sh run      run the deployment now (the worker picks it up)
#   scripts/prefect-local.sh stop     stop the worker and the server (by the PIDs saved below)
# Logs and PIDs: .prefect/server.log|pid, .prefect/worker.log|pid.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PRESSROOM_PREFECT_PORT:-4200}"
export PREFECT_HOME="${PREFECT_HOME:-$PWD/.prefect}"
export PREFECT_API_URL="http://127.0.0.1:$PORT/api"
export PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1 DBT_SEND_ANONYMOUS_USAGE_STATS=false
PREFECT=.venv/bin/prefect
POOL=pressroom-local
mkdir -p "$PREFECT_HOME"

need_server() {  # deploy, worker and run talk to the server: say so in one line if it is down
  curl -sf --max-time 5 "$PREFECT_API_URL/health" >/dev/null && return 0
  echo "error: no Prefect server at http://127.0.0.1:$PORT" >&2
  echo "  start one with \`$0 server\` (PRESSROOM_PREFECT_PORT sets the port)" >&2
  exit 1
}

running() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pid() {  # stop_pid NAME: SIGINT (twice: a worker needs two), then SIGTERM
  local pidfile="$PREFECT_HOME/$1.pid"
  running "$pidfile" || { rm -f "$pidfile"; return 0; }
  local pid; pid="$(cat "$pidfile")"
  for sig in INT INT TERM; do
    kill -s "$sig" "$pid" 2>/dev/null || break
    for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break 2; sleep 0.5; done
  done
  rm -f "$pidfile"
  echo "$1 stopped (pid $pid)"
}

case "${1:-}" in
  server)
    if running "$PREFECT_HOME/server.pid"; then echo "server already running"; exit 0; fi
    nohup "$PREFECT" server start --host 127.0.0.1 --port "$PORT" \
      >"$PREFECT_HOME/server.log" 2>&1 &
    echo $! >"$PREFECT_HOME/server.pid"
    for _ in $(seq 120); do
      if curl -sf "$PREFECT_API_URL/health" >/dev/null; then
        echo "server up: http://127.0.0.1:$PORT (pid $(cat "$PREFECT_HOME/server.pid"))"
        exit 0
      fi
      sleep 1
    done
    echo "server did not start; see $PREFECT_HOME/server.log" >&2; exit 1 ;;
  deploy)
    need_server
    "$PREFECT" work-pool inspect "$POOL" >/dev/null 2>&1 \
      || "$PREFECT" work-pool create "$POOL" --type process
    "$PREFECT" --no-prompt deploy --all ;;
  worker)
    if running "$PREFECT_HOME/worker.pid"; then echo "worker already running"; exit 0; fi
    need_server
    nohup "$PREFECT" worker start --pool "$POOL" >"$PREFECT_HOME/worker.log" 2>&1 &
    echo $! >"$PREFECT_HOME/worker.pid"
    echo "worker started (pid $!), log: $PREFECT_HOME/worker.log" ;;
  run)
    need_server
    "$PREFECT" deployment run pipeline/pipeline ;;
  stop)
    stop_pid worker
    stop_pid server ;;
  *)
    sed -n '2,8p' "$0"; exit 2 ;;
esac
