"""The review page as a small local web application (Starlette): the page, its state as JSON,
corrections saved with a version check, and a preview of the briefing as it will print.

Only this machine is served unless asked otherwise; a POST must come from the page itself (same
origin and the page's token), so another site open in the same browser cannot save anything.
Item ids name items the briefing has; files are only ever written into the review folder."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from markupsafe import Markup
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from reportgen.review.session import Conflict, Session

HERE = Path(__file__).resolve().parent
TOKEN_HEADER = "X-Review-Token"


def create_app(session: Session) -> Starlette:
    """The web application for one config's briefing."""
    token = secrets.token_urlsafe(24)
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE)), autoescape=True)

    async def page(request: Request) -> Response:
        state = session.state()
        html = env.get_template("page.html").render(state=state, token=token)
        return HTMLResponse(html, headers=_NO_STORE)

    async def api_state(request: Request) -> Response:
        return JSONResponse(session.state(), headers=_NO_STORE)

    async def save_item(request: Request) -> Response:
        if (refused := _refuse(request, token)) is not None:
            return refused
        item_id = request.path_params["item_id"]
        if item_id not in session.places:
            return JSONResponse({"error": f"{item_id!r} is not an item of this briefing"}, status_code=404)
        payload = await _json(request)
        if not isinstance(payload, dict):
            return JSONResponse({"error": "expected a JSON object"}, status_code=400)
        try:
            problems = session.save(item_id, payload)
        except Conflict as exc:
            return JSONResponse({"error": str(exc), "conflict": True}, status_code=409)
        if problems:
            return JSONResponse({"error": "nothing was saved", "problems": problems}, status_code=422)
        return JSONResponse({"saved": item_id, "version": session.version(item_id)})

    async def save_hero(request: Request) -> Response:
        if (refused := _refuse(request, token)) is not None:
            return refused
        payload = await _json(request)
        if not isinstance(payload, dict):
            return JSONResponse({"error": "expected a JSON object"}, status_code=400)
        try:
            problems = session.set_hero(payload.get("stat") or None, payload.get("version"))
        except Conflict as exc:
            return JSONResponse({"error": str(exc), "conflict": True}, status_code=409)
        if problems:
            return JSONResponse({"error": "nothing was saved", "problems": problems}, status_code=422)
        return JSONResponse({"hero": payload.get("stat")})

    async def preview(request: Request) -> Response:
        return HTMLResponse(session.preview(), headers=_NO_STORE)

    async def theme_file(request: Request) -> Response:
        return _confined(session.prepared.theme.dirs, request.path_params["path"])

    async def static(request: Request) -> Response:
        return _confined([HERE], request.path_params["path"], {".js", ".css"})

    routes = [
        Route("/", page), Route("/api/state", api_state), Route("/api/items/{item_id:path}", save_item, methods=["POST"]),
        Route("/api/hero", save_hero, methods=["POST"]), Route("/preview", preview),
        Route("/theme/{path:path}", theme_file), Route("/static/{path:path}", static),
    ]
    app = Starlette(routes=routes)
    app.state.token = token
    return app


_NO_STORE = {"Cache-Control": "no-store"}


def _refuse(request: Request, token: str) -> Response | None:
    """A POST from anywhere but the page itself is refused: same origin, and the page's token."""
    origin = request.headers.get("origin")
    host = request.headers.get("host", "")
    if origin is not None and origin.split("://", 1)[-1] != host:
        return JSONResponse({"error": "refused: the request does not come from the review page"}, status_code=403)
    if not secrets.compare_digest(request.headers.get(TOKEN_HEADER, ""), token):
        return JSONResponse({"error": "refused: the request does not come from the review page"}, status_code=403)
    return None


async def _json(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError:
        return None


def _confined(folders: list[Path], name: str, suffixes: set[str] | None = None) -> Response:
    """A file from one of the folders, never one outside them (no .., no symlinks out)."""
    for folder in folders:
        root = folder.resolve()
        target = (root / name).resolve()
        if target.is_relative_to(root) and target.is_file() and (suffixes is None or target.suffix in suffixes):
            return FileResponse(target, headers=_NO_STORE)
    return Response("not found", status_code=404)


def as_json(data: Any) -> Markup:
    """JSON for a <script> block, safe inside HTML."""
    import json

    return Markup(json.dumps(data, ensure_ascii=False).replace("<", "\\u003c"))
