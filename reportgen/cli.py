"""The `reportgen` command line: one verb per pipeline stage."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from reportgen import __version__
from reportgen.errors import UserError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reportgen")
def cli() -> None:
    """Turn Chinese legal-news pages into structured YAML summaries and briefings."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              default=Path("out/summaries"), show_default=True, help="Folder for the YAML summaries.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Parse this many files in parallel [default: one per core].")
@click.option("--strict", is_flag=True, help="Exit with status 1 when there are warnings.")
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings, errors and the closing line.")
def parse(paths: tuple[Path, ...], out_dir: Path, jobs: int | None, strict: bool, quiet: bool) -> None:
    """Parse article files (.txt/.md) or folders of them into one YAML summary per file."""
    from reportgen.commands.parse import main
    from reportgen.parallel import default_jobs

    sys.exit(main(list(paths), out_dir, jobs or default_jobs(), strict, quiet))


@cli.command()
@click.argument("config", type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Exit with status 1 when there are warnings; text the fonts cannot "
              "show is an error.")
@click.option("-q", "--quiet", is_flag=True, help="Print only warnings, errors and the closing line.")
@click.option("--force", is_flag=True, help="Render every output again, even when its inputs are unchanged.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Parse articles and render outputs in this many processes [default: one per core].")
@click.option("--week", default=None, help="Build this ISO week (2026-W04) instead of the config's, for this run.")
@click.option("--date", "date", default=None, help="Print this date (YYYY-MM-DD) instead of the config's, for this run.")
def build(config: Path, strict: bool, quiet: bool, force: bool, jobs: int | None, week: str | None,
          date: str | None) -> None:
    """Build the briefing a config describes (PDF and DOCX in out/<config stem>/)."""
    from reportgen.commands.build import main
    from reportgen.parallel import default_jobs

    overrides = {k: v for k, v in (("week", week), ("date", date)) if v}
    sys.exit(main(config, strict, quiet, force, jobs or default_jobs(), overrides))


@cli.command()
@click.argument("config", type=click.Path(path_type=Path))
def check(config: Path) -> None:
    """Validate a briefing config without rendering; every problem is listed."""
    from reportgen.commands.build import check

    sys.exit(check(config))


@cli.command()
def doctor() -> None:
    """What this machine has and lacks for a build (Python, WeasyPrint, fonts per theme role, tools),
    with the command that installs each missing piece."""
    from reportgen.commands.doctor import main

    sys.exit(main())


@cli.command()
@click.argument("config", type=click.Path(path_type=Path))
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True, help="Port to serve on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to serve on (the default is this machine only).")
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
def review(config: Path, port: int, host: str, no_browser: bool) -> None:
    """Check every figure beside its sentence, correct it, choose what is shown (a local web page)."""
    from reportgen.commands.review import main

    sys.exit(main(config, host, port, not no_browser))


@cli.command()
@click.argument("config", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default="csv", show_default=True,
              help="Table format (xlsx is written to <config>-figures.xlsx unless -o is given).")
@click.option("-o", "--output", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write the table to this file (default: standard output for csv and json).")
@click.option("--apply", "apply_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Take back an edited table and apply its changed cells to the reviewed summaries.")
def figures(config: Path, fmt: str, out: Path | None, apply_file: Path | None) -> None:
    """Every figure of the briefing, one row each, for a spreadsheet; --apply takes it back."""
    from reportgen.commands.figures import main

    sys.exit(main(config, fmt, out, apply_file))


@cli.command()
@click.argument("config", type=click.Path(path_type=Path))
def issues(config: Path) -> None:
    """List the issues of a series built so far: number, week, date, files."""
    from reportgen.commands.issues import main

    sys.exit(main(config))


@cli.command()
@click.argument("folder", type=click.Path(path_type=Path, file_okay=False))
@click.option("--key", "public_key", type=click.Path(path_type=Path, dir_okay=False),
              help="The issuing office's public key (PEM): the manifest's signature must hold.")
def verify(folder: Path, public_key: Path | None) -> None:
    """Check an output folder against its manifest: the same files (SHA-256), no file more or less,
    and with --key the issuing office's signature."""
    from reportgen.distribute import verify_manifest
    from reportgen.safetext import printable

    if not (folder / "manifest.yaml").is_file():
        raise UserError(f"{folder}: has no manifest.yaml (build with `reportgen build` first)")
    res = verify_manifest(folder, public_key)
    for what, names in (("changed", res.changed), ("missing", res.missing), ("not in the manifest", res.unlisted)):
        for name in names:
            click.echo(printable(f"{what}: {folder / name}"), err=True)
    for problem in res.problems:
        click.echo(printable(f"manifest: {problem}"), err=True)
    if res.signature == "missing":
        click.echo(f"signature: {folder / 'manifest.sig'} is missing: the manifest is not signed", err=True)
    elif res.signature == "invalid":
        click.echo(f"signature: does not hold for {public_key}: the manifest was changed or not issued with "
                   f"this key", err=True)
    bad = len(res.changed) + len(res.missing) + len(res.unlisted)
    signed = {"valid": "; signature valid", "not checked": " (signature not checked: give --key PUBLIC.pem)"}
    click.echo(printable(f"{folder}: " + (f"all {res.files} files match the manifest" + signed[res.signature]
                                          if res.ok else f"does not match its manifest ({bad} file(s) differ)")))
    sys.exit(0 if res.ok else 1)


@cli.command()
@click.argument("private", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("public", type=click.Path(path_type=Path, dir_okay=False))
def keygen(private: Path, public: Path) -> None:
    """Make an Ed25519 key pair for signing manifests: PRIVATE stays with the issuing office (name
    it in the config's `signing_key`), PUBLIC goes to recipients (`reportgen verify --key`)."""
    from reportgen.signing import keygen as make

    make(private, public)
    click.echo(f"wrote {private} (private: keep it, name it in `signing_key`) and {public} (give it to recipients)")


def main() -> None:
    """Entry point: user errors are one line on stderr and exit status 2, never a traceback."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except UserError as exc:
        from reportgen.safetext import printable

        click.echo(printable(f"error: {exc}"), err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
