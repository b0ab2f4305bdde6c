"""CLI command ``unmask serve``: the local web app (:mod:`unmask.web`) on this computer.

Binds to 127.0.0.1 by default and opens the browser. Another ``--host`` needs
``--allow-remote`` and prints a warning: anyone who can reach the address could try
passphrases and read the analyses. uvicorn's access log is off (a URL could name a
person), and its own messages are kept to warnings.
"""

from __future__ import annotations

import threading
import webbrowser
from dataclasses import replace

import click

from unmask.cli.common import console, err_console, handle_errors
from unmask.errors import UsageError

DEFAULT_PORT = 8765


def _is_loopback(host: str) -> bool:
    return host.strip("[]") in ("127.0.0.1", "localhost", "::1")


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


@click.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True)
@click.option("--no-browser", is_flag=True, help="Do not open the browser.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but loopback needs --allow-remote.",
)
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow a --host other than loopback (others on the network could reach the app).",
)
@handle_errors
def serve(port: int, no_browser: bool, host: str, allow_remote: bool) -> None:
    """Start the local web app in your browser (a couple needs nothing else)."""
    import uvicorn

    from unmask.web import create_app
    from unmask.web.config import LOOPBACK_HOSTS, WebConfig, is_loopback

    config = WebConfig()
    if not is_loopback(host):
        if not allow_remote:
            raise UsageError(
                f"--host {host}: the app holds the most private data people have and listens "
                "on this computer only (127.0.0.1); add --allow-remote to listen on "
                f"{host} anyway"
            )
        err_console.print(
            f"WARNING: listening on {host}: anyone who can reach this address can open the "
            "app, try passphrases and read the chat analyses. Use it only on a network you "
            "trust, and stop it (Ctrl+C) when you are done.",
            markup=False,
        )
        config = replace(config, allowed_hosts=LOOPBACK_HOSTS | {host.strip("[]").lower()})
    app = create_app(config)
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            host=host,
            port=port,
            access_log=False,
            log_level="warning",
            server_header=False,
            date_header=False,
        )
    )

    def announce() -> None:
        while not server.started and not server.should_exit:
            threading.Event().wait(0.05)
        if not server.started:
            return
        bound = server.servers[0].sockets[0].getsockname()[1] if server.servers else port
        url = _url("127.0.0.1" if _is_loopback(host) else host, bound)
        console.print(f"unmask is running at {url}  (Ctrl+C stops it)", markup=False)
        if not no_browser:
            webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run()


def register(app: click.Group) -> None:
    """Add this group's commands to the main app."""
    app.add_command(serve)
