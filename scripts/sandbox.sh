# shellcheck shell=bash
# Sourced by scripts/run and scripts/screenshots: a sandbox sshd on 127.0.0.1 for Ferry to connect to.
# The sandbox folder (host key, user key, known_hosts, Ferry's settings) is kept across runs so its host key
# stays the same; the user's ~/.ssh and Ferry's real settings are never touched.
#
#   sandbox_start DIR   makes the keys if missing, starts sshd on a free port and sets
#                       sandbox_port, sandbox_user, sandbox_sshd_pid and sandbox_ferry_args (the arguments
#                       that open Ferry on the sandbox); points XDG_CONFIG_HOME, XDG_DATA_HOME and
#                       XDG_CACHE_HOME into DIR and unsets SSH_AUTH_SOCK, so Ferry reads and writes nothing
#                       of the user's
#   sandbox_stop        stops that sshd; callers run it on exit (trap sandbox_stop EXIT)

sandbox_start() {
  local dir=$1
  mkdir -p "$dir/config"
  chmod 700 "$dir"
  if [ ! -f "$dir/ssh_host_ed25519_key" ]; then
    ssh-keygen -q -t ed25519 -N '' -C ferry-sandbox-host -f "$dir/ssh_host_ed25519_key"
  fi
  if [ ! -f "$dir/id_ed25519" ]; then
    ssh-keygen -q -t ed25519 -N '' -C ferry-sandbox-user -f "$dir/id_ed25519"
  fi
  cp "$dir/id_ed25519.pub" "$dir/authorized_keys"

  sandbox_port=2222
  while (exec 3<>"/dev/tcp/127.0.0.1/$sandbox_port") 2>/dev/null; do
    sandbox_port=$((sandbox_port + 1))
  done
  sandbox_user=$(id -un)

  cat > "$dir/sshd_config" <<CONF
ListenAddress 127.0.0.1
Port $sandbox_port
HostKey $dir/ssh_host_ed25519_key
AuthorizedKeysFile $dir/authorized_keys
PidFile none
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin yes
AllowUsers $sandbox_user
PrintMotd no
Subsystem sftp internal-sftp
CONF

  # The sandbox's host key is ours, so the sandbox's own known_hosts trusts it from the start.
  echo "[127.0.0.1]:$sandbox_port $(cut -d' ' -f1,2 "$dir/ssh_host_ed25519_key.pub")" > "$dir/known_hosts"

  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  [ -d /run/sshd ] || "${sudo[@]}" mkdir -p /run/sshd

  /usr/sbin/sshd -D -e -f "$dir/sshd_config" 2> "$dir/sshd.log" &
  sandbox_sshd_pid=$!
  local _
  for _ in $(seq 1 100); do
    grep -q "Server listening" "$dir/sshd.log" 2>/dev/null && break
    if ! kill -0 "$sandbox_sshd_pid" 2>/dev/null; then
      cat "$dir/sshd.log" >&2
      echo "sandbox: the sandbox sshd did not start" >&2
      return 1
    fi
    sleep 0.1
  done

  export XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache"
  # The saved session "Local sandbox". Written again only when the port changed (another program held
  # 2222), keeping the previous file beside it; otherwise sessions made in the sandbox stay.
  local sessions="$XDG_CONFIG_HOME/Ferry/ferry/sessions.json"
  if [ ! -f "$sessions" ] || [ "$(cat "$dir/sessions.port" 2>/dev/null)" != "$sandbox_port" ]; then
    mkdir -p "$(dirname "$sessions")"
    [ ! -f "$sessions" ] || mv "$sessions" "$sessions.before-port-$sandbox_port"
    cat > "$sessions" <<JSON
{
    "format": "ferry-sessions",
    "version": 1,
    "folders": [],
    "sessions": [
        {
            "id": "6b1f3c1e-5d0a-4c3e-9a7e-0f3e2b9d4a11",
            "name": "Local sandbox",
            "folder": "",
            "host": "127.0.0.1",
            "port": $sandbox_port,
            "user": "$sandbox_user",
            "notes": "The local sshd started by scripts/run, in $dir.",
            "authentication": { "identityFiles": ["$dir/id_ed25519"], "useAgent": false },
            "connection": { "useSshConfig": false }
        }
    ]
}
JSON
    chmod 600 "$sessions"
    echo "$sandbox_port" > "$dir/sessions.port"
  fi

  # shellcheck disable=SC2034  # for the scripts that source this file
  sandbox_ferry_args=(--session "Local sandbox" -F none --known-hosts "$dir/known_hosts" --ssh-dir "$dir")
  unset SSH_AUTH_SOCK
}

sandbox_stop() {
  if [ -n "${sandbox_sshd_pid:-}" ]; then
    kill "$sandbox_sshd_pid" 2>/dev/null || true
    sandbox_sshd_pid=
  fi
}
