"""`reportgen review CONFIG`: the review page on this machine."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(config: Path, host: str, port: int, browser: bool) -> int:
    """Serve the review page until interrupted; returns the exit status."""
    import uvicorn

    from reportgen.review.app import create_app
    from reportgen.review.session import Session

    session = Session(config)
    app = create_app(session)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    state = session.state()["status"]
    print(f"review: {config} — {state['reviewed']} of {state['shown']} figures shown are reviewed")
    print(f"review: open {url} (corrections are saved in {session.prepared.store.folder}); Ctrl-C to stop",
          flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {host}: anyone who can reach this machine can open the page", file=sys.stderr)
    if browser and _has_display():
        import webbrowser

        webbrowser.open(url)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0


def _has_display() -> bool:
    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
