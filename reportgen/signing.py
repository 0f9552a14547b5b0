"""Signed manifests (Ed25519, `cryptography`): the issuing office keeps a private key and signs
each manifest with it; a recipient checks the signature with the office's public key, so a copy
whose manifest was forged or changed is told apart from one the office issued."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from reportgen.errors import UserError
from reportgen.files import read_limited

SIGNATURE = "manifest.sig"
_KEY_LIMIT = 64 * 1024


def _crypto():
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519
    except ImportError:  # pragma: no cover - a dependency of reportgen
        raise UserError("signing needs the `cryptography` package (pip install 'cryptography>=42')") from None
    return serialization, ed25519, InvalidSignature


def keygen(private: Path, public: Path) -> None:
    """Write a new private key (PEM, readable by its owner only) and its public key (PEM)."""
    serialization, ed25519, _ = _crypto()
    for p in (private, public):
        if p.exists() or p.is_symlink():
            raise UserError(f"{p}: already exists (choose another name; an existing key is never replaced)")
    key = ed25519.Ed25519PrivateKey.generate()
    secret = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.NoEncryption())
    shared = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    try:
        private.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(private, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secret)
        public.parent.mkdir(parents=True, exist_ok=True)
        public.write_bytes(shared)
    except OSError as exc:
        raise UserError(f"{exc.filename or private}: cannot be written: {exc.strerror}") from None


def _private(path: Path):
    serialization, ed25519, _ = _crypto()
    data = read_limited(path, _KEY_LIMIT, "key file")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise UserError(f"{path}: is not an unencrypted private key in PEM ({exc}) (make one with "
                        f"`reportgen keygen`)") from None
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise UserError(f"{path}: is not an Ed25519 key (make one with `reportgen keygen`)")
    return key


def public_pem(private: Path) -> bytes:
    """The public key of a private key file, as PEM (what a recipient checks against)."""
    serialization, _, _ = _crypto()
    return _private(private).public_key().public_bytes(serialization.Encoding.PEM,
                                                       serialization.PublicFormat.SubjectPublicKeyInfo)


def sign(data: bytes, private: Path) -> str:
    """The signature of `data` with the key in `private`, as one line of base64."""
    return base64.b64encode(_private(private).sign(data)).decode("ascii") + "\n"


def signature_holds(data: bytes, signature: str, public: Path) -> bool:
    """Whether `signature` (base64) is the signature of `data` by the key whose public half is in `public`."""
    serialization, ed25519, invalid = _crypto()
    try:
        key = serialization.load_pem_public_key(read_limited(public, _KEY_LIMIT, "key file"))
    except (ValueError, TypeError) as exc:
        raise UserError(f"{public}: is not a public key in PEM ({exc}) (use the public.pem made by "
                        f"`reportgen keygen`)") from None
    if not isinstance(key, ed25519.Ed25519PublicKey):
        raise UserError(f"{public}: is not an Ed25519 public key (use the public.pem made by `reportgen keygen`)")
    try:
        key.verify(base64.b64decode(signature.strip(), validate=True), data)
    except (invalid, ValueError):
        return False
    return True
